package org.newsagg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        long[] nanos = LongStream.rangeClosed(1, 100).map(ms -> ms * 1_000_000).toArray();
        LatencySummary s = LatencySummary.of(120, 100, 1.2, nanos);
        assertEquals(50.0, s.p50Ms());
        assertEquals(95.0, s.p95Ms());
        assertEquals(99.0, s.p99Ms());
        assertEquals(100.0, s.maxMs());
        assertEquals(50.5, s.meanMs());
        assertEquals(100, s.matched());
        assertEquals(20, s.unmatched());
    }

    @Test
    void warmUpLatenciesStayOutOfThePercentilesAndAreReportedApart() {
        long[] nanos = LongStream.rangeClosed(1, 100).map(ms -> ms * 1_000_000).toArray();
        long[] warm = {3_000_000_000L, 1_500_000_000L};
        LatencySummary s = LatencySummary.of(100, 100, 1.0, nanos, 0.05, warm);
        assertEquals(99.0, s.p99Ms());
        assertEquals(100.0, s.maxMs());
        assertEquals(0.05, s.warmupSeconds());
        assertEquals(2, s.warmupMatched());
        assertEquals(3000.0, s.warmupMaxMs());
    }

    @Test
    void noMatchesGiveZeroesNotAnError() {
        LatencySummary s = LatencySummary.of(5, 100, 0.05, new long[0]);
        assertEquals(0.0, s.p99Ms());
        assertEquals(5, s.unmatched());
    }
}
