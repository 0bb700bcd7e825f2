package org.newsagg.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BenchPlanTest {

    static final CorpusSpec CORPUS = new CorpusSpec(20000, 1500, 0.2, 42, Instant.parse("2026-11-19T00:00:00Z"),
            Duration.ofDays(3), false);

    @Test
    void theLatencyCorpusOffersRateTimesDurationArticlesEachWithItsOwnOutlet() {
        BenchPlan plan = new BenchPlan(CORPUS, 0, 100, Duration.ofSeconds(30), 0, "512m", Duration.ofMinutes(5));
        CorpusSpec latency = plan.latencyCorpus();
        assertEquals(3000, latency.articles());
        assertEquals(Duration.ofSeconds(30), latency.span());
        assertEquals(true, latency.markerOutlets());
    }

    @Test
    void aMillionArticleMemoryRunSpansTwentyDaysEndingWhereTheThroughputCorpusEnds() {
        BenchPlan plan = new BenchPlan(CORPUS, 0, 100, Duration.ZERO, 1_000_000, "512m", Duration.ofMinutes(5));
        CorpusSpec memory = plan.memoryCorpus();
        assertEquals(1_000_000, memory.articles());
        assertEquals(Duration.ofDays(20), memory.span());
        assertEquals(Instant.parse("2026-11-22T00:00:00Z"), memory.start().plus(memory.span()));
    }

    @Test
    void theDefaultStartIsSpanBeforeTodayInUtc() {
        Instant start = BenchPlan.defaultStart(Duration.ofDays(3));
        assertEquals(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS), start.plus(Duration.ofDays(3)));
    }
}
