package org.newsagg.sink.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EvidenceEntriesTest {

    /** The stored keys' format since issue 20: a changelog written before must be read the same. */
    static String formatted(long epochMillis) {
        return String.format("%019d", Long.MAX_VALUE - epochMillis);
    }

    @Test
    void theCountdownIsTheFormattersText() {
        long[] edges = {0, 1, -1, 1_733_529_600_000L, Long.MAX_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE,
                Long.MIN_VALUE + 1, Long.MAX_VALUE - 999_999_999_999_999_999L, Long.MAX_VALUE - 1_000_000_000_000_000_000L,
                Instant.MAX.getEpochSecond(), Instant.MIN.getEpochSecond() * 1000};
        for (long t : edges) assertEquals(formatted(t), EvidenceEntries.countdown(t), "at " + t);
        Random r = new Random(20);
        for (int i = 0; i < 10_000; i++) {
            long t = i % 2 == 0 ? r.nextLong(4_102_444_800_000L) : r.nextLong();
            assertEquals(formatted(t), EvidenceEntries.countdown(t), "at " + t);
        }
    }

    @Test
    void anEntryKeyIsTheGroupKeyTheCountdownAndTheId() {
        EvidenceArticle a = new EvidenceArticle("a-17", "t", "u", "o", Instant.parse("2026-12-07T10:15:30.250Z"), null);
        assertEquals("actor|USAGOV\u0000" + formatted(a.published().toEpochMilli()) + "\u0000a-17",
                EvidenceEntries.entryKey("actor|USAGOV", a));
    }
}
