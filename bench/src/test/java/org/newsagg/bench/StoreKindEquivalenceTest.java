package org.newsagg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.model.Article;
import org.newsagg.model.NewsSerdes;
import org.newsagg.model.Settings;
import org.newsagg.runtime.StoreKind;
import org.newsagg.sink.SinkConfig;
import org.newsagg.sink.SinkMetrics;
import org.newsagg.sink.aggregate.AggregateTopology;
import org.newsagg.streams.DedupeAndTagTopology;
import org.newsagg.streams.StageMetrics;
import org.newsagg.streams.StreamsStageConfig;

/**
 * Both stages' topologies write the same records with in-memory stores as with RocksDB: every topic, the published
 * ones, the repartition topics and every changelog, record for record (key, value, timestamp) and in the same order,
 * over a few hundred bench articles spread over four days (so the trending counts' one-day retention expires
 * state). The drivers commit every few records, as a stream thread does, so the record caches sit between the
 * processors and the stores and their flushes and merged reads are part of what is compared.
 */
class StoreKindEquivalenceTest {

    private static final int RECORDS_PER_COMMIT = 25;

    @TempDir
    Path work;

    @Test
    void bothStagesWriteTheSameRecordsWithEitherKindOfStore() {
        CorpusSpec spec = new CorpusSpec(300, 1500, 0.2, 7, Instant.parse("2026-03-02T00:00:00Z"),
                Duration.ofDays(4), false);
        List<GeneratedArticle> corpus = SyntheticCorpus.generate(spec);

        SortedMap<String, List<Written>> rocks = run(corpus, StoreKind.ROCKS_DB);
        SortedMap<String, List<Written>> memory = run(corpus, StoreKind.IN_MEMORY);

        assertEquals(rocks.keySet(), memory.keySet());
        for (String topic : rocks.keySet()) {
            assertEquals(rocks.get(topic).size(), memory.get(topic).size(), topic);
            assertEquals(-1, firstDifference(rocks.get(topic), memory.get(topic)), topic);
        }
        // What was compared is the whole pipeline's output, not an empty run.
        assertEquals(300, count(rocks, "news.tagged") + count(rocks, "news.duplicates") + count(rocks, "news.dlq"),
                rocks.keySet().toString());
        for (String topic : List.of("news.aggregates", "news.trending", "streams-dedupe-postings-changelog",
                "sink-aggregate-evidence-lists-changelog", "sink-aggregate-evidence-articles-changelog",
                "sink-trending-counts-changelog", "sink-by-original-repartition")) {
            assertTrue(count(rocks, topic) > 0, topic + " in " + rocks.keySet());
        }
    }

    /** The index of the first record that differs, -1 for none (the records themselves are too long to print). */
    private static int firstDifference(List<Written> a, List<Written> b) {
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) return i;
        }
        return -1;
    }

    private static long count(Map<String, List<Written>> written, String topic) {
        return written.getOrDefault(topic, List.of()).size();
    }

    /** Every record each stage wrote, by topic without the phase's prefix, in the order it wrote them. */
    private SortedMap<String, List<Written>> run(List<GeneratedArticle> corpus, StoreKind kind) {
        PhaseLayout layout = PhaseLayout.of(Settings.of(Map.of("kafka.bootstrap.servers", "unused:9092")),
                Map.of("bootstrap.servers", "unused:9092"), "test", kind.name(), work.resolve(kind.name()));
        StreamsStageConfig streamsConfig = StreamsStageConfig.from(layout.settings());
        SinkConfig sinkConfig = SinkConfig.from(layout.settings());
        var topics = layout.topics();
        Map<String, List<Written>> written = new TreeMap<>();
        try (CommitIntervalDriver streams = new CommitIntervalDriver(new TopologyTestDriver(
                DedupeAndTagTopology.build(streamsConfig, new StageMetrics(new SimpleMeterRegistry()), kind),
                streamsConfig.stage().streamsProperties()), Duration.ofDays(1), true, RECORDS_PER_COMMIT);
                CommitIntervalDriver sink = new CommitIntervalDriver(new TopologyTestDriver(
                        AggregateTopology.build(sinkConfig, new SinkMetrics(new SimpleMeterRegistry()), kind),
                        sinkConfig.streamsProperties(null)), Duration.ofDays(1), true, RECORDS_PER_COMMIT)) {
            // The sink reads what each streams commit published, tagged records first, as the bench's reference does.
            List<TestRecord<byte[], byte[]>> toSink = new ArrayList<>();
            List<String> toSinkTopics = new ArrayList<>();
            Serializer<Article> values = NewsSerdes.article().serializer();
            for (GeneratedArticle g : corpus) {
                Article a = g.article();
                if (streams.pipe(topics.raw(), a.id().getBytes(StandardCharsets.UTF_8),
                        values.serialize(topics.raw(), a), new RecordHeaders(), a.published().toEpochMilli())) {
                    collect(layout, streams.driver(), written, toSink, toSinkTopics, topics.tagged(),
                            topics.duplicates());
                }
            }
            streams.finish();
            collect(layout, streams.driver(), written, toSink, toSinkTopics, topics.tagged(), topics.duplicates());
            for (int i = 0; i < toSink.size(); i++) {
                TestRecord<byte[], byte[]> r = toSink.get(i);
                if (sink.pipe(toSinkTopics.get(i), r.key(), r.value(), r.headers(), r.timestamp())) {
                    collect(layout, sink.driver(), written, null, null);
                }
            }
            sink.finish();
            collect(layout, sink.driver(), written, null, null);
        }
        return new TreeMap<>(written);
    }

    /**
     * Reads what the driver produced since the last call into {@code written}; records of {@code handOn} topics also
     * go to {@code toSink}, in that order of topics.
     */
    private static void collect(PhaseLayout layout, TopologyTestDriver driver, Map<String, List<Written>> written,
            List<TestRecord<byte[], byte[]>> toSink, List<String> toSinkTopics, String... handOn) {
        List<String> produced = new ArrayList<>(driver.producedTopicNames());
        // The handed-on topics first, in the given order, then the rest.
        produced.sort((x, y) -> Integer.compare(rank(x, handOn), rank(y, handOn)));
        for (String topic : produced) {
            TestOutputTopic<byte[], byte[]> out = driver.createOutputTopic(topic, new ByteArrayDeserializer(),
                    new ByteArrayDeserializer());
            for (TestRecord<byte[], byte[]> r : out.readRecordsToList()) {
                written.computeIfAbsent(layout.withoutPrefix(topic), t -> new ArrayList<>()).add(Written.of(r));
                if (rank(topic, handOn) < handOn.length) {
                    toSink.add(r);
                    toSinkTopics.add(topic);
                }
            }
        }
    }

    private static int rank(String topic, String[] handOn) {
        int i = Arrays.asList(handOn).indexOf(topic);
        return i < 0 ? handOn.length : i;
    }

    /** One record as a topic holds it, with value equality (byte arrays compare by identity). */
    private record Written(String key, String value, long timestamp) {
        static Written of(TestRecord<byte[], byte[]> r) {
            return new Written(hex(r.key()), hex(r.value()), r.timestamp());
        }

        private static String hex(byte[] b) {
            return b == null ? null : java.util.HexFormat.of().formatHex(b);
        }
    }
}
