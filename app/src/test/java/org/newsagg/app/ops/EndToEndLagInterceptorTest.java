package org.newsagg.app.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.newsagg.model.Settings;

class EndToEndLagInterceptorTest {

    static ConsumerRecord<byte[], byte[]> record(String topic, long timestamp) {
        return new ConsumerRecord<>(topic, 0, 0, timestamp, org.apache.kafka.common.record.TimestampType.CREATE_TIME,
                0, 0, new byte[0], new byte[0], new org.apache.kafka.common.header.internals.RecordHeaders(),
                java.util.Optional.empty());
    }

    @Test
    void recordsNowMinusRecordTimestampForTheTaggedTopicOnly() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Settings settings = EndToEndLagInterceptor.measuring(Settings.of(Map.of()), "news.tagged", registry);
        Map<String, String> consumerConfig = settings.withPrefix("kafka.main.consumer.");
        assertEquals(EndToEndLagInterceptor.class.getName(), consumerConfig.get("interceptor.classes"));

        EndToEndLagInterceptor interceptor = new EndToEndLagInterceptor();
        interceptor.configure(consumerConfig);
        long hourAgo = System.currentTimeMillis() - 3_600_000L;
        var tp = new TopicPartition("news.tagged", 0);
        interceptor.onConsume(new ConsumerRecords<>(Map.of(tp, List.of(record("news.tagged", hourAgo),
                record("news.tagged", hourAgo), record("news.duplicates", hourAgo))),
                Map.<TopicPartition, OffsetAndMetadata>of()));

        Timer timer = registry.get(EndToEndLagInterceptor.METER).timer();
        assertEquals(2, timer.count());
        double maxSeconds = timer.max(TimeUnit.SECONDS);
        assertTrue(maxSeconds >= 3600 && maxSeconds < 3660, "max " + maxSeconds);
    }

    @Test
    void measuresNothingWithoutARegisteredRegistry() {
        EndToEndLagInterceptor interceptor = new EndToEndLagInterceptor();
        interceptor.configure(Map.of());
        var tp = new TopicPartition("news.tagged", 0);
        var records = new ConsumerRecords<>(Map.of(tp, List.of(record("news.tagged", 0L))),
                Map.<TopicPartition, OffsetAndMetadata>of());

        assertEquals(records, interceptor.onConsume(records));
    }
}
