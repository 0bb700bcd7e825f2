package org.newsagg.bench.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.Record;
import org.newsagg.model.Article;
import org.newsagg.runtime.StoreKind;
import org.newsagg.streams.dedupe.DedupeDecision;
import org.newsagg.streams.dedupe.DedupeSettings;
import org.newsagg.streams.dedupe.DedupeStore;
import org.newsagg.streams.dedupe.Deduplicator;
import org.newsagg.streams.dedupe.InMemoryDedupeStore;
import org.newsagg.streams.dedupe.TaskDedupeStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The dedupe task's work per article: sketching (tokens, shingles, MinHash), LSH and story look-ups and the
 * decision, against a store already holding {@code stored} articles: in memory (the CLI's), or the topology's own
 * RocksDB state stores, opened by a {@link TopologyTestDriver} (no broker, no changelog writes). One article in five is a
 * syndicated copy of a recent one, as in the bench corpus.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DedupeBenchmark {

    private static final int POOL = 20_000;
    private static final Duration RETENTION = Duration.ofDays(7);

    @Param({"1500", "5000"})
    int size;

    @Param({"5000"})
    int stored;

    @Param({"memory", "rocksdb"})
    String store;

    private final Deduplicator deduplicator = new Deduplicator(DedupeSettings.defaults());
    private Article[] pool;
    private DedupeStore state;
    private TopologyTestDriver driver;
    private Path stateDir;
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
        closeStores();
        state = "rocksdb".equals(store) ? openStateStores() : new InMemoryDedupeStore(RETENTION);
        for (next = 0; next < stored; next++) deduplicator.decide(pool[next], state);
    }

    @TearDown(Level.Iteration)
    public void closeStores() {
        if (driver != null) driver.close();
        driver = null;
        if (stateDir != null) deleteRecursively(stateDir);
        stateDir = null;
    }

    private DedupeStore openStateStores() {
        try {
            stateDir = Files.createTempDirectory("dedupe-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Topology topology = new Topology();
        topology.addSource("in", new StringDeserializer(), new StringDeserializer(), "in");
        topology.addProcessor("dedupe", NoOp::new, "in");
        for (var builder : TaskDedupeStore.storeBuilders(RETENTION, StoreKind.ROCKS_DB)) topology.addStateStore(builder, "dedupe");
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "dedupe-bench");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(topology, props);
        return new TaskDedupeStore(driver.getWindowStore(TaskDedupeStore.ARTICLES),
                driver.getWindowStore(TaskDedupeStore.POSTINGS), driver.getKeyValueStore(TaskDedupeStore.TERMS),
                RETENTION);
    }

    /** The stores need a processor to belong to; the benchmark drives them directly. */
    static final class NoOp implements Processor<Object, Object, Void, Void> {
        @Override
        public void process(Record<Object, Object> record) {}
    }

    private static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public DedupeDecision decide() {
        if (next == POOL) fillStore(); // rare: past the pool every article would be an exact re-poll
        return deduplicator.decide(pool[next++], state);
    }
}
