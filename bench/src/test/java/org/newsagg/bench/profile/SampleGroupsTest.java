package org.newsagg.bench.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleGroupsTest {

    private static final SampleGroups GROUPS = SampleGroups.STAGE_THREADS;

    @Test
    void jdkFramesPassTheSampleToTheirCaller() {
        assertEquals("record cache (Kafka Streams)", GROUPS.classify(List.of(
                "java.util.TreeMap", "org.apache.kafka.streams.state.internals.NamedCache",
                "org.apache.kafka.streams.state.internals.ThreadCache",
                "org.apache.kafka.streams.state.internals.CachingWindowStore",
                "org.newsagg.sink.aggregate.RollingAggregator")));
        assertEquals("evidence (newsagg)", GROUPS.classify(List.of(
                "java.util.HashMap", "org.newsagg.sink.aggregate.EvidenceRecorder",
                "org.newsagg.sink.aggregate.RollingAggregator")));
    }

    @Test
    void theLeafmostOwnedFrameDecides() {
        assertEquals("JSON (Jackson)", GROUPS.classify(List.of(
                "com.fasterxml.jackson.core.json.UTF8JsonGenerator", "org.newsagg.sink.aggregate.AggregateRecords",
                "org.apache.kafka.streams.state.internals.CachingWindowStore")));
        assertEquals("OpenNLP", GROUPS.classify(List.of(
                "opennlp.tools.postag.POSTaggerME", "org.newsagg.streams.tagging.EventTagger")));
        assertEquals("tagging (newsagg)", GROUPS.classify(List.of(
                "java.lang.String", "org.newsagg.streams.tagging.EventTagger", "opennlp.tools.postag.POSTaggerME")));
    }

    @Test
    void theProjectsSerdesAreOneGroupWhateverTheirPackage() {
        assertEquals("newsagg serdes (binary formats, their JSON)", GROUPS.classify(List.of(
                "java.nio.ByteBuffer", "org.newsagg.sink.aggregate.WindowAccumulatorSerde",
                "org.apache.kafka.streams.state.internals.MeteredWindowStore")));
        assertEquals("newsagg serdes (binary formats, their JSON)", GROUPS.classify(List.of(
                "org.newsagg.streams.dedupe.StoredArticleSerde$Reader")));
        assertEquals("newsagg serdes (binary formats, their JSON)", GROUPS.classify(List.of(
                "org.newsagg.runtime.BinaryReads")));
    }

    @Test
    void kafkaLayersBeforeKafkaStreamsAsAWhole() {
        assertEquals("RocksDB", GROUPS.classify(List.of(
                "org.rocksdb.RocksIterator", "org.apache.kafka.streams.state.internals.RocksDBRangeIterator")));
        assertEquals("producer sends", GROUPS.classify(List.of(
                "org.apache.kafka.common.utils.Crc32C", "org.apache.kafka.clients.producer.internals.RecordAccumulator",
                "org.apache.kafka.streams.processor.internals.RecordCollectorImpl")));
        assertEquals("Kafka metrics", GROUPS.classify(List.of(
                "org.apache.kafka.common.metrics.Sensor", "org.apache.kafka.streams.processor.internals.StreamTask")));
        assertEquals("Kafka Streams (processing, commits, other stores' layers)", GROUPS.classify(List.of(
                "org.apache.kafka.streams.processor.internals.StreamTask")));
        assertEquals("Kafka clients (other)", GROUPS.classify(List.of(
                "org.apache.kafka.common.network.Selector", "org.apache.kafka.clients.NetworkClient")));
    }

    @Test
    void theRecordCachesHitSensorIsTheCaches() {
        assertEquals("record cache (Kafka Streams)", GROUPS.classify(List.of(
                "org.apache.kafka.common.metrics.Sensor", "org.apache.kafka.streams.state.internals.NamedCache",
                "org.apache.kafka.streams.state.internals.ThreadCache")));
        assertEquals("Kafka metrics", GROUPS.classify(List.of(
                "org.apache.kafka.common.metrics.Sensor", "org.apache.kafka.streams.processor.internals.StreamTask",
                "org.apache.kafka.streams.processor.internals.TaskExecutor",
                "org.apache.kafka.streams.state.internals.NamedCache")));
    }

    @Test
    void sharedHelpersWorkForTheirCaller() {
        assertEquals("tagging (newsagg)", GROUPS.classify(List.of(
                "org.newsagg.model.EventTag", "org.newsagg.streams.tagging.EventTagger")));
        assertEquals("aggregates (newsagg)", GROUPS.classify(List.of(
                "org.apache.kafka.common.utils.Bytes", "org.newsagg.sink.aggregate.RollingAggregator")));
    }

    @Test
    void aSampleNoGroupOwnsIsOther() {
        assertEquals(SampleGroups.OTHER, GROUPS.classify(List.of("java.lang.Thread")));
        assertEquals(SampleGroups.OTHER, GROUPS.classify(List.of()));
    }

    @Test
    void nativeSamplesWeighTheirPeriodOverTheJavaSamples() {
        assertEquals(Duration.ofMillis(20), JfrThreadProfile.parsePeriod("20 ms"));
        assertEquals(Duration.ofSeconds(1), JfrThreadProfile.parsePeriod("1 s"));
        assertEquals(Duration.ofNanos(500_000), JfrThreadProfile.parsePeriod("500 us"));
        assertEquals(null, JfrThreadProfile.parsePeriod("everyChunk"));
        assertEquals(2.0, JfrThreadProfile.weight(Duration.ofMillis(20), Duration.ofMillis(10)));
        assertEquals(1.0, JfrThreadProfile.weight(null, Duration.ofMillis(10)));
    }
}
