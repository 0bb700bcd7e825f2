package org.newsagg.bench.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.newsagg.bench.BenchPlan;
import org.newsagg.bench.CorpusSpec;
import org.newsagg.bench.GeneratedArticle;
import org.newsagg.bench.SyntheticCorpus;
import org.newsagg.model.Article;
import org.newsagg.model.Settings;
import org.newsagg.model.Topic;
import org.newsagg.model.Topics;
import org.newsagg.streams.DedupeAndTagTopology;
import org.newsagg.streams.StageMetrics;
import org.newsagg.streams.StreamsStageConfig;

/**
 * The streams stage's CPU per article without a broker: the stage's own topology ({@link DedupeAndTagTopology}, its
 * RocksDB stores, the serdes of its internal topic) in a {@link TopologyTestDriver}, on the calling thread, so the
 * thread's CPU time is the stream thread's share of the work. The driver commits (flushes the stores) after every
 * input record, more often than the stage's commit interval does at speed: flushes weigh more here than in the
 * pipeline. RocksDB's background threads (memtable flushes, compactions) are not counted.
 *
 * <pre>
 * java -cp $CP org.newsagg.bench.jmh.StreamsTopologyCost [articles=4000] [warmup=2000] [size=1500]
 * </pre>
 *
 * The articles are the bench's corpus ({@link SyntheticCorpus}, seed 42, a fifth of them copies, at the default
 * density of publication times, as {@code newsagg bench} makes them); the timed articles follow the warm-up's in the
 * same stores. It prints when the timed part starts, to cut a flight recording there.
 */
public final class StreamsTopologyCost {

    private StreamsTopologyCost() {}

    public static void main(String[] args) throws IOException {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int size = args.length > 2 ? Integer.parseInt(args[2]) : 1500;

        Article[] pool = pool(warmup + articles, size);
        Path stateDir = Files.createTempDirectory("streams-cost");
        try {
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put(Settings.BOOTSTRAP_SERVERS, "unused:9092");
            settings.put("newsagg.streams.state-dir", stateDir.toString());
            StreamsStageConfig config = StreamsStageConfig.from(Settings.of(settings));
            Properties props = new Properties();
            props.putAll(config.stage().streamsProperties());
            // The driver has no transactions.
            props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
            try (TopologyTestDriver driver = new TopologyTestDriver(
                    DedupeAndTagTopology.build(config, StageMetrics.noop()), props)) {
                Topic<Article> rawTopic = Topics.DEFAULT.rawTopic();
                TestInputTopic<String, Article> raw = driver.createInputTopic(rawTopic.name(),
                        rawTopic.keySerde().serializer(), rawTopic.valueSerde().serializer());
                var tagged = driver.createOutputTopic(Topics.DEFAULT.taggedTopic().name(),
                        Topics.DEFAULT.taggedTopic().keySerde().deserializer(),
                        Topics.DEFAULT.taggedTopic().valueSerde().deserializer());
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                for (int i = 0; i < warmup; i++) raw.pipeInput(pool[i].id(), pool[i], pool[i].published());
                long taggedBefore = tagged.getQueueSize();
                System.out.println("timed part starts at " + java.time.LocalTime.now());
                long cpu0 = threads.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                for (int i = warmup; i < warmup + articles; i++) raw.pipeInput(pool[i].id(), pool[i], pool[i].published());
                long cpu = threads.getCurrentThreadCpuTime() - cpu0;
                long wall = System.nanoTime() - wall0;
                System.out.printf("articles %d (after %d warm-up), size %d, tagged %d%n", articles, warmup, size,
                        tagged.getQueueSize() - taggedBefore);
                System.out.printf("thread CPU per article: %.3f ms; wall per article: %.3f ms; load average %.2f%n",
                        cpu / 1e6 / articles, wall / 1e6 / articles,
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                System.out.println("outputs: " + digest(driver));
            }
        } finally {
            try (var paths = Files.walk(stateDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Every record on the tagged and duplicates topics, warm-up included, in order, as one SHA-256: two builds that
     * decide and tag alike print the same.
     */
    private static String digest(TopologyTestDriver driver) {
        java.security.MessageDigest sha;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long records = 0;
        for (Topic<?> topic : java.util.List.of(Topics.DEFAULT.taggedTopic(), Topics.DEFAULT.duplicatesTopic())) {
            var out = driver.createOutputTopic(topic.name(), new org.apache.kafka.common.serialization.StringDeserializer(),
                    new org.apache.kafka.common.serialization.ByteArrayDeserializer());
            for (var r : out.readRecordsToList()) {
                sha.update(r.key().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update(r.value());
                records++;
            }
        }
        return records + " records, sha-256 " + java.util.HexFormat.of().formatHex(sha.digest());
    }

    /** The bench's corpus of {@code n} articles, ending at today's midnight as the bench's does. */
    private static Article[] pool(int n, int size) {
        Duration span = BenchPlan.spanAtDefaultDensity(n);
        return SyntheticCorpus.generate(new CorpusSpec(n, size, 0.2, 42, BenchPlan.defaultStart(span), span, false))
                .stream().map(GeneratedArticle::article).toArray(Article[]::new);
    }
}
