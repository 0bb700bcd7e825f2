package org.newsagg.sink.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.newsagg.model.JsonSerde;
import org.newsagg.sink.evidence.EventEvidence;

class ContributionSerdeTest {

    final ContributionSerde serde = new ContributionSerde();

    static final Contribution STAMPED = new Contribution("dyad", "USAGOV|11|RUSMIL", "a1", "s1", "Ledger",
            Instant.parse("2025-03-10T08:05:00.123456789Z"), false, 3, -12.300000000000001, "Kyiv: «talks» — 会谈",
            "https://ledger.example/a1").stamped(2, Instant.parse("2025-03-10T09:00:00Z"),
            Instant.parse("2025-03-10T07:00:00Z"));

    Contribution roundTrip(Contribution c) {
        return serde.deserialize("by-key", serde.serialize("by-key", c));
    }

    @Test
    void everyFieldSurvivesTheRoundTripExactly() {
        assertEquals(STAMPED, roundTrip(STAMPED));
        // A copy as the join sends it before any stamp: nulls stay nulls, origin 0 stays 0.
        Contribution copy = new Contribution("outlet", "Gazette", "a1", null, "Gazette", Instant.EPOCH, true, 0, 0.0,
                null, null);
        assertEquals(copy, roundTrip(copy));
        Contribution origin0 = copy.stamped(0, null, null);
        assertEquals(origin0, roundTrip(origin0));
        // The evidence of a dyad's events, and an empty list, which is not the same as none.
        Contribution withEvidence = STAMPED.withEvidence(List.of(
                new EventEvidence("112", "Washington accuses Moscow of «crimes».", "accuses"),
                new EventEvidence("111", null, "criticises")));
        assertEquals(withEvidence, roundTrip(withEvidence));
        assertEquals(STAMPED.withEvidence(List.of()), roundTrip(STAMPED.withEvidence(List.of())));
        assertNull(serde.serialize("by-key", null));
        assertNull(serde.deserialize("by-key", null));
    }

    @Test
    void jsonWrittenBeforeAnUpgradeIsStillRead() {
        byte[] json = new JsonSerde<>(Contribution.class).serialize("by-key", STAMPED);
        assertEquals(STAMPED, serde.deserialize("by-key", json));
    }

    @Test
    void anotherFormatOrTruncatedBytesAreRefusedNotMisread() {
        byte[] bytes = serde.serialize("by-key", STAMPED);
        byte[] other = bytes.clone();
        other[0] = 9;
        SerializationException e = assertThrows(SerializationException.class, () -> serde.deserialize("t", other));
        assertEquals("contribution format 9 on t: this sink reads format 1 and JSON", e.getMessage());
        byte[] cut = Arrays.copyOf(bytes, bytes.length - 3);
        SerializationException truncated = assertThrows(SerializationException.class, () -> serde.deserialize("t", cut));
        assertEquals("not a contribution on t (" + cut.length + " bytes)", truncated.getMessage());
    }
}
