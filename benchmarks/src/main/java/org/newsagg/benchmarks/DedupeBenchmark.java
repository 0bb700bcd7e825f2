package org.newsagg.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.newsagg.model.Article;
import org.newsagg.streams.dedupe.DedupeDecision;
import org.newsagg.streams.dedupe.DedupeSettings;
import org.newsagg.streams.dedupe.Deduplicator;
import org.newsagg.streams.dedupe.InMemoryDedupeStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The dedupe task's work per article: sketching (tokens, shingles, MinHash), LSH and story look-ups and the
 * decision, against an in-memory store already holding {@code stored} articles. One article in five is a
 * syndicated copy of a recent one, as in the bench corpus.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DedupeBenchmark {

    private static final int POOL = 20_000;

    @Param({"1500", "5000"})
    int size;

    @Param({"5000"})
    int stored;

    private final Deduplicator deduplicator = new Deduplicator(DedupeSettings.defaults());
    private Article[] pool;
    private InMemoryDedupeStore store;
    private int next;

    @Setup(Level.Trial)
    public void buildPool() {
        FixtureText text = new FixtureText(3);
        Instant start = Instant.parse("2026-03-02T00:00:00Z");
        pool = new Article[POOL];
        for (int i = 0; i < POOL; i++) {
            Instant published = start.plusSeconds(20L * i);
            pool[i] = i % 5 == 4 ? FixtureText.syndicatedCopy(pool[i - 3], i, published) : text.article(i, size, published);
        }
    }

    /** A fresh store each iteration, filled with the first articles, so every iteration measures the same state. */
    @Setup(Level.Iteration)
    public void fillStore() {
        store = new InMemoryDedupeStore(Duration.ofDays(7));
        for (next = 0; next < stored; next++) deduplicator.decide(pool[next], store);
    }

    @Benchmark
    public DedupeDecision decide() {
        if (next == POOL) fillStore(); // rare: past the pool every article would be an exact re-poll
        return deduplicator.decide(pool[next++], store);
    }
}
