package org.newsagg.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.newsagg.model.Topic;

/**
 * Reads a topic from its start to its current end (committed transactions only) and keeps the newest value per
 * key: what a compacted topic converges to, and what a dashboard shows.
 */
public final class TopicSnapshot {

    private TopicSnapshot() {}

    /** The topic as a compacted reader sees it, newest value per key, read with the topic's own serde. */
    public static <V> Map<String, V> latestByKey(Map<String, Object> clientProps, Topic<V> topic, Duration timeout) {
        return latestByKey(clientProps, topic.name(), topic.valueSerde().deserializer(), timeout);
    }

    public static <V> Map<String, V> latestByKey(Map<String, Object> clientProps, String topic,
            Deserializer<V> valueDeserializer, Duration timeout) {
        Map<String, V> out = new LinkedHashMap<>();
        readAll(clientProps, topic, valueDeserializer, timeout).forEach(r -> out.put(r.key(), r.value()));
        return out;
    }

    /** Every record, in partition then offset order. */
    public static <V> List<org.apache.kafka.clients.consumer.ConsumerRecord<String, V>> readAll(
            Map<String, Object> clientProps, String topic, Deserializer<V> valueDeserializer, Duration timeout) {
        Map<String, Object> props = new HashMap<>(clientProps);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<org.apache.kafka.clients.consumer.ConsumerRecord<String, V>> out = new java.util.ArrayList<>();
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), valueDeserializer)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).sorted(java.util.Comparator
                            .comparingInt(TopicPartition::partition)).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(timeout);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read " + topic + " to its end within " + timeout);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        out.sort(java.util.Comparator.comparingInt((org.apache.kafka.clients.consumer.ConsumerRecord<String, V> r)
                -> r.partition()).thenComparingLong(r -> r.offset()));
        return out;
    }
}
