package org.newsagg.app.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.newsagg.model.DeadLetters;

/**
 * Reads the dead-letter topic from its start to its end as of now (committed transactions only, no consumer group):
 * what {@code status} counts and {@code dlq list} prints.
 */
public final class DeadLetterScan {

    private final Map<String, Object> clientProps;
    private final String topic;
    private final Duration timeout;

    public DeadLetterScan(Map<String, Object> clientProps, String topic, Duration timeout) {
        this.clientProps = clientProps;
        this.topic = topic;
        this.timeout = timeout;
    }

    /** Every dead letter, partition by partition in offset order. */
    public void forEach(Consumer<ConsumerRecord<byte[], byte[]>> action) {
        Map<String, Object> props = new HashMap<>(clientProps);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        try (var consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .sorted(Comparator.comparingInt(TopicPartition::partition)).toList();
            if (partitions.isEmpty()) throw new IllegalStateException("no topic named " + topic);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            Instant deadline = Instant.now().plus(timeout);
            // One partition at a time, so the output is in a stable order a test (and an operator) can rely on.
            for (TopicPartition tp : partitions) {
                consumer.assign(List.of(tp));
                consumer.seekToBeginning(List.of(tp));
                while (consumer.position(tp, timeout) < end.get(tp)) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("could not read " + topic + " to its end within " + timeout);
                    }
                    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                        if (r.offset() < end.get(tp)) action.accept(r);
                    }
                }
            }
        }
    }

    /** Dead letters per {@link DeadLetters#REASON}, sorted by reason; letters without one count as "unknown". */
    public Map<String, Long> countByReason() {
        Map<String, Long> counts = new TreeMap<>();
        forEach(r -> counts.merge(reasonOf(r), 1L, Long::sum));
        return counts;
    }

    /** A letter's reason header, "unknown" when it has none. */
    public static String reasonOf(ConsumerRecord<byte[], byte[]> r) {
        String reason = DeadLetters.header(r.headers(), DeadLetters.REASON);
        return reason == null || reason.isEmpty() ? "unknown" : reason;
    }
}
