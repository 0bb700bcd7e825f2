package org.newsagg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsagg.ingest.publish.ProducerBatching;
import org.newsagg.model.Settings;
import org.newsagg.model.Topics;

class IngestConfigTest {

    @Test
    void defaultsAreThePolitePublicOnes() {
        IngestConfig c = IngestConfig.defaults();
        assertEquals("localhost:9092", c.bootstrapServers());
        assertEquals(Topics.DEFAULT, c.topics());
        assertEquals(Duration.ofMinutes(15), c.defaultInterval());
        assertEquals(0.1, c.jitter());
        assertEquals(Duration.ofHours(6), c.maxBackoff());
        assertEquals(Duration.ofSeconds(10), c.connectTimeout());
        assertEquals(Duration.ofSeconds(30), c.readTimeout());
        assertEquals(5, c.maxRedirects());
        assertEquals(10L * 1024 * 1024, c.maxBodyBytes());
        assertEquals("newsagg/0.1 (+https://github.com/newsagg)", c.userAgent());
        assertEquals(10_000, c.seenIdsPerFeed());
        assertEquals(4, c.pollThreads());
        assertEquals(Duration.ofMinutes(10), c.futureSkew());
        assertEquals(null, c.feedsFile());
        assertEquals(null, c.recordDir());
        assertEquals(new ProducerBatching(256 * 1024, Duration.ofMillis(20)), c.batching());
        assertEquals(Duration.ofMinutes(1), c.minInterval());
        assertEquals(Duration.ofSeconds(2), c.hostGap());
        assertEquals(Duration.ofSeconds(20), c.deadline());
        assertEquals(8, c.maxRequests());
        assertEquals(Path.of(System.getProperty("java.io.tmpdir"), "newsagg-ingest-state"), c.stateDir());
    }

    @Test
    void producerBatchingIsATypedSetting() {
        IngestConfig c = IngestConfig.from(Settings.of(
                Map.of("newsagg.ingest.producer.batch-size", "1048576", "newsagg.ingest.producer.linger", "50ms")));
        assertEquals(new ProducerBatching(1_048_576, Duration.ofMillis(50)), c.batching());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IngestConfig.from(Settings.of(Map.of("newsagg.ingest.producer.batch-size", "0"))));
        assertEquals("newsagg.ingest.producer.batch-size must be positive, got 0", e.getMessage());
    }

    @Test
    void settingsAndEnvironmentOverrideDefaults() {
        IngestConfig c = IngestConfig.from(Settings.of(
                Map.of("newsagg.ingest.poll.interval", "2m", "newsagg.topic.raw", "raw2",
                        "newsagg.ingest.record-dir", "/tmp/rec", "kafka.client.id", "ingest-1"),
                Map.of("KAFKA_BOOTSTRAP_SERVERS", "broker:9092", "NEWSAGG_INGEST_MAX_BODY_BYTES", "1000")));
        assertEquals("broker:9092", c.bootstrapServers());
        assertEquals("raw2", c.topics().raw());
        assertEquals(Duration.ofMinutes(2), c.defaultInterval());
        assertEquals(1000, c.maxBodyBytes());
        assertEquals(Path.of("/tmp/rec"), c.recordDir());
        assertEquals(Map.of("client.id", "ingest-1", "bootstrap.servers", "broker:9092"), c.producerProperties());
    }

    @Test
    void nonsenseIsRejectedWithTheKeyName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IngestConfig.from(Settings.of(Map.of("newsagg.ingest.poll.jitter", "1.5"))));
        assertEquals("newsagg.ingest.poll.jitter must be in [0, 1), got 1.5", e.getMessage());
    }

    @Test
    void aDefaultIntervalBelowTheFloorIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IngestConfig.from(
                org.newsagg.model.Settings.of(Map.of("newsagg.ingest.poll.interval", "0s"))));
        assertEquals("newsagg.ingest.poll.interval PT0S is below newsagg.ingest.poll.min-interval PT1M", e.getMessage());
    }
}
