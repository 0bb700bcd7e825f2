package org.newsagg.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.newsagg.model.Settings;

/**
 * The catch-up profile as Kafka Streams reads it: the clients it configures get its values, the default stage gets
 * none of them, and whatever an operator sets explicitly (the stage's key, or the Kafka property in any form) wins.
 */
class CatchUpProfileTest {

    private static StreamsConfig streamsConfig(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("newsagg.streams.state-dir", "/tmp/catch-up-test");
        return new StreamsConfig(StageSettings.from(Settings.of(all), "streams", "unused", -1).streamsProperties());
    }

    private static Map<String, Object> producer(StreamsConfig c) {
        return c.getProducerConfigs("client");
    }

    private static Map<String, Object> mainConsumer(StreamsConfig c) {
        return c.getMainConsumerConfigs("group", "client", 0);
    }

    @Test
    void theDefaultStageCommitsEvery50msWithKafkaStreamsOwnClientSettings() {
        StreamsConfig c = streamsConfig(Map.of());
        assertEquals(50L, c.getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG));
        assertEquals(10L * 1024 * 1024, c.getLong(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG));
        assertEquals(10_000, producer(c).get(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG));
        assertEquals("100", producer(c).get(ProducerConfig.LINGER_MS_CONFIG).toString());
        assertEquals(null, producer(c).get(ProducerConfig.BATCH_SIZE_CONFIG));
        assertEquals("1000", mainConsumer(c).get(ConsumerConfig.MAX_POLL_RECORDS_CONFIG).toString());
    }

    @Test
    void catchUpGivesEveryClientTheProfilesValues() {
        StreamsConfig c = streamsConfig(Map.of("newsagg.streams.catch-up", "true"));
        assertEquals(2_000L, c.getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG));
        assertEquals(10L * 1024 * 1024, c.getLong(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG), "unchanged");
        assertEquals(30_000, producer(c).get(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG));
        assertEquals(500, producer(c).get(ProducerConfig.LINGER_MS_CONFIG));
        assertEquals(256 * 1024, producer(c).get(ProducerConfig.BATCH_SIZE_CONFIG));
        assertEquals(5_000, mainConsumer(c).get(ConsumerConfig.MAX_POLL_RECORDS_CONFIG));
    }

    @Test
    void explicitSettingsWinOverTheProfileInEveryFormKafkaStreamsReads() {
        StreamsConfig c = streamsConfig(Map.of("newsagg.streams.catch-up", "true",
                "newsagg.streams.commit-interval", "20s",
                "kafka.linger.ms", "5",
                "kafka.producer.batch.size", "1024",
                "kafka.max.poll.records", "10"));
        assertEquals(20_000L, c.getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG));
        assertEquals("5", producer(c).get(ProducerConfig.LINGER_MS_CONFIG).toString());
        assertEquals("1024", producer(c).get(ProducerConfig.BATCH_SIZE_CONFIG).toString());
        assertEquals("10", mainConsumer(c).get(ConsumerConfig.MAX_POLL_RECORDS_CONFIG).toString());
        // A longer interval than the profile's keeps the transaction timeout above it, which Kafka Streams requires.
        assertEquals(60_000, producer(c).get(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG));
    }

    @Test
    void anExplicitTransactionTimeoutWins() {
        StreamsConfig c = streamsConfig(Map.of("newsagg.streams.catch-up", "true",
                "kafka.producer.transaction.timeout.ms", "12000"));
        assertEquals("12000", producer(c).get(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG).toString());
        assertEquals(Duration.ofSeconds(30), CatchUpProfile.transactionTimeout(Duration.ofSeconds(2)));
    }
}
