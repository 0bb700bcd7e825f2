package org.newsagg.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What one benchmark run does.
 *
 * @param corpus          the throughput corpus (pass-through and pipeline runs)
 * @param pipelineWarmup  articles the whole pipeline takes, on topics of their own, before it is timed; zero skips it
 * @param rate            offered rate of the latency run, articles per second
 * @param latencyWarmup   how long the latency run offers before the articles it measures
 * @param latencyDuration how long the latency run offers the articles it measures; zero skips it
 * @param memoryArticles  articles of the memory run; zero skips it
 * @param stageHeap       -Xmx of the stage JVMs in the memory run, e.g. "512m"; blank for the JVM's default
 * @param timeout         how long any one wait (start, drain, read-back) may take
 */
public record BenchPlan(CorpusSpec corpus, int pipelineWarmup, double rate, Duration latencyWarmup,
        Duration latencyDuration, int memoryArticles,
        String stageHeap, Duration timeout) {

    /**
     * Articles per day of publication time, unless a span is given: a busy aggregator's day. Work done per unit of
     * stream time (opening the hour's windows, ranking trends each minute) is shared by the articles of that time,
     * so the density decides what an article costs; see docs/benchmarks.md, "The corpus".
     */
    public static final int ARTICLES_PER_DAY = 50_000;

    /** The span of {@code articles} articles at {@link #ARTICLES_PER_DAY}. */
    public static Duration spanAtDefaultDensity(int articles) {
        return Duration.ofMillis(Math.round(articles * (double) Duration.ofDays(1).toMillis() / ARTICLES_PER_DAY));
    }

    /**
     * The pipeline warm-up's articles: the throughput corpus's shape and density from another seed, so the timed
     * run meets none of them. Only the code paths need to be warm, not the state.
     */
    public CorpusSpec pipelineWarmupCorpus() {
        return new CorpusSpec(pipelineWarmup, corpus.size(), corpus.dupShare(), corpus.seed() + 1, corpus.start(),
                corpus.spanOf(pipelineWarmup), false);
    }

    public CorpusSpec latencyCorpus() {
        Duration offered = latencyWarmup.plus(latencyDuration);
        int n = (int) Math.round(rate * offered.toMillis() / 1000.0);
        return corpus.withArticles(n).withMarkers(corpus.start(), offered);
    }

    public CorpusSpec memoryCorpus() {
        Duration span = corpus.spanOf(memoryArticles);
        return new CorpusSpec(memoryArticles, corpus.size(), corpus.dupShare(), corpus.seed(),
                corpus.start().plus(corpus.span()).minus(span), span, false);
    }

    /**
     * Where the corpus's publication times start: {@code span} before the start of the current UTC day, so the
     * newest article is from today. Record timestamps are publication times, and a broker deletes records older
     * than a topic's time retention: a corpus dated months ago would be deleted while the pipeline reads it.
     */
    public static Instant defaultStart(Duration span) {
        return Instant.now().truncatedTo(ChronoUnit.DAYS).minus(span);
    }
}
