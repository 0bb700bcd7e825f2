package org.newsagg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BenchPlanTest {

    /** 20,000 articles at the default density: 9.6 hours, ending at midnight. */
    static final CorpusSpec CORPUS = new CorpusSpec(20000, 1500, 0.2, 42, Instant.parse("2026-11-21T14:24:00Z"),
            BenchPlan.spanAtDefaultDensity(20000), false);

    @Test
    void theDefaultDensityIsFiftyThousandArticlesADay() {
        assertEquals(Duration.ofMinutes(576), BenchPlan.spanAtDefaultDensity(20000));
        assertEquals(Duration.ofDays(20), BenchPlan.spanAtDefaultDensity(1_000_000));
    }

    @Test
    void thePipelineWarmUpHasTheThroughputCorpussDensityAndAnotherSeed() {
        BenchPlan plan = new BenchPlan(CORPUS, 4000, 100, Duration.ZERO, Duration.ZERO, 0, "512m", Duration.ofMinutes(5));
        CorpusSpec warmup = plan.pipelineWarmupCorpus();
        assertEquals(4000, warmup.articles());
        assertEquals(Duration.ofMinutes(576).dividedBy(5), warmup.span());
        assertEquals(43, warmup.seed());
    }

    @Test
    void theLatencyCorpusOffersRateTimesWarmUpAndDurationArticlesEachWithItsOwnOutlet() {
        BenchPlan plan = new BenchPlan(CORPUS, 0, 100, Duration.ofSeconds(5), Duration.ofSeconds(30), 0, "512m",
                Duration.ofMinutes(5));
        CorpusSpec latency = plan.latencyCorpus();
        assertEquals(3500, latency.articles());
        assertEquals(Duration.ofSeconds(35), latency.span());
        assertEquals(true, latency.markerOutlets());
    }

    @Test
    void aMillionArticleMemoryRunHasTheThroughputCorpussDensityAndEndsWhereItEnds() {
        BenchPlan plan = new BenchPlan(CORPUS, 0, 100, Duration.ZERO, Duration.ZERO, 1_000_000, "512m", Duration.ofMinutes(5));
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
