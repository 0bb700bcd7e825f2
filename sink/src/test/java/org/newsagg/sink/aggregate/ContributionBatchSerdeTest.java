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

class ContributionBatchSerdeTest {

    final ContributionBatchSerde serde = new ContributionBatchSerde();

    static final Instant PUBLISHED = Instant.parse("2025-03-10T08:05:00.123456789Z");

    static Contribution of(String dimension, String key, int events, double goldstein) {
        return new Contribution(dimension, key, "a1", "s1", "Ledger", PUBLISHED, false, events, goldstein,
                "Kyiv: «talks» — 会谈", "https://ledger.example/a1")
                .stamped(2, Instant.parse("2025-03-10T09:00:00Z"), Instant.parse("2025-03-10T07:00:00Z"));
    }

    ContributionBatch roundTrip(ContributionBatch b) {
        return serde.deserialize("by-key", serde.serialize("by-key", b));
    }

    @Test
    void everyContributionOfABatchSurvivesTheRoundTripExactly() {
        ContributionBatch article = new ContributionBatch(List.of(
                of("actor", "USAGOV", 1, -2.0),
                of("dyad", "USAGOV|11|RUSMIL", 3, -12.300000000000001).withEvidence(List.of(
                        new EventEvidence("112", "Washington accuses Moscow of «crimes».", "accuses"),
                        new EventEvidence("111", null, "criticises"))),
                of("event", "112", 1, -2.0).withEvidence(List.of()),
                of("outlet", "Ledger", 0, 0.0)));
        assertEquals(article, roundTrip(article));
        // A copy as the join sends it: no story, no title, unstamped but for its origin.
        Contribution copy = new Contribution("outlet", "Gazette", "a1", null, "Courier", Instant.EPOCH, true, 0, 0.0,
                null, null).stamped(0, null, null);
        ContributionBatch copies = new ContributionBatch(List.of(copy,
                new Contribution("actor", "NATO", "a1", null, "Courier", Instant.EPOCH, true, 0, 0.0, null, null)
                        .stamped(0, null, null)));
        assertEquals(copies, roundTrip(copies));
        assertNull(serde.serialize("by-key", null));
        assertNull(serde.deserialize("by-key", null));
    }

    @Test
    void aSingleContributionOfTheEarlierFormatsIsReadAsABatchOfOne() {
        Contribution c = of("dyad", "USAGOV|11|RUSMIL", 3, -12.3);
        assertEquals(ContributionBatch.of(c), serde.deserialize("by-key", new ContributionSerde().serialize("by-key", c)));
        assertEquals(ContributionBatch.of(c), serde.deserialize("by-key",
                new JsonSerde<>(Contribution.class).serialize("by-key", c)));
    }

    @Test
    void contributionsOfTwoArticlesAreNoBatch() {
        Contribution other = new Contribution("actor", "USAGOV", "a2", "s1", "Ledger", PUBLISHED, false, 1, -2.0,
                "t", "u").stamped(2, Instant.parse("2025-03-10T09:00:00Z"), Instant.parse("2025-03-10T07:00:00Z"));
        assertThrows(IllegalArgumentException.class,
                () -> new ContributionBatch(List.of(of("actor", "USAGOV", 1, -2.0), other)));
        assertThrows(IllegalArgumentException.class, () -> new ContributionBatch(List.of()));
    }

    @Test
    void aCutRecordIsAnErrorNotAShorterBatch() {
        byte[] bytes = serde.serialize("by-key", new ContributionBatch(List.of(of("actor", "USAGOV", 1, -2.0),
                of("actor", "RUSMIL", 1, -2.0))));
        assertThrows(SerializationException.class,
                () -> serde.deserialize("by-key", Arrays.copyOf(bytes, bytes.length - 3)));
    }
}
