package org.newsagg.app.reset;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.utils.Bytes;

/**
 * Writes a tombstone for every key a compacted topic still holds a value for. A recomputation writes every key it
 * produces again, but a key it no longer produces (an actor the new dictionaries do not find) would keep its stale
 * value forever; after the tombstones it is gone.
 */
public final class CompactedTopicClearer {

    private CompactedTopicClearer() {}

    /** Tombstones every live key of {@code topic}, each in the partition it was read from; returns how many. */
    public static int tombstoneAll(Map<String, Object> clientProps, String topic, Duration timeout) {
        Map<Bytes, Integer> live = liveKeys(clientProps, topic, timeout);
        Map<String, Object> props = new HashMap<>(clientProps);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            live.forEach((key, partition) ->
                    producer.send(new ProducerRecord<byte[], byte[]>(topic, partition, key.get(), null)));
            producer.flush();
        }
        return live.size();
    }

    /** Key → partition of every key whose newest record (committed transactions only) is not a tombstone. */
    static Map<Bytes, Integer> liveKeys(Map<String, Object> clientProps, String topic, Duration timeout) {
        Map<String, Object> props = new HashMap<>(clientProps);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<Bytes, Integer> live = new HashMap<>();
        try (var consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .sorted(Comparator.comparingInt(TopicPartition::partition)).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(timeout);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read " + topic + " to its end within " + timeout);
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.key() == null) continue;
                    if (r.value() == null) live.remove(Bytes.wrap(r.key()));
                    else live.put(Bytes.wrap(r.key()), r.partition());
                }
            }
        }
        return live;
    }
}
