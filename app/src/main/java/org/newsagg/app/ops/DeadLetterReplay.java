package org.newsagg.app.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.newsagg.model.DeadLetters;

/**
 * Re-publishes dead letters, original key and value bytes, to the topic they came from (or one given), each once:
 * progress is the offset a consumer group commits after the producer has flushed, so a second run starts where
 * the first stopped. A crash between flush and commit re-publishes the last batch; the streams stage sees those as
 * exact duplicates, which is why at-least-once is enough here.
 */
public final class DeadLetterReplay {

    public static final String DEFAULT_GROUP = "newsagg-dlq-replay";
    private static final String DLQ_HEADER_PREFIX = "newsagg.dlq.";

    private final Map<String, Object> clientProps;
    private final String dlqTopic;
    private final String group;
    private final Duration timeout;

    public DeadLetterReplay(Map<String, Object> clientProps, String dlqTopic, String group, Duration timeout) {
        this.clientProps = clientProps;
        this.dlqTopic = dlqTopic;
        this.group = group;
        this.timeout = timeout;
    }

    /**
     * The group that remembers a replay's progress: one per reason filter, so that replaying only the late letters
     * today does not mark tomorrow's fix for the unreadable ones as done.
     */
    public static String groupFor(String reason) {
        return reason == null ? DEFAULT_GROUP : DEFAULT_GROUP + "." + reason;
    }

    /**
     * Replays every letter not yet replayed by this group, up to the dead-letter topic's end as of now.
     *
     * @param reason only letters with this {@link DeadLetters#REASON}; null for all
     * @param to     destination topic; null for each letter's {@link DeadLetters#SOURCE_TOPIC}
     */
    public ReplayResult replay(String reason, String to) {
        if (dlqTopic.equals(to)) throw new IllegalArgumentException("cannot replay the dead-letter topic into itself");
        Map<String, Object> consumerProps = new HashMap<>(clientProps);
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<String, Object> producerProps = new HashMap<>(clientProps);
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        Map<String, Long> replayed = new TreeMap<>();
        long filteredOut = 0;
        long unroutable = 0;
        try (var consumer = new KafkaConsumer<>(consumerProps, new ByteArrayDeserializer(), new ByteArrayDeserializer());
                var producer = new KafkaProducer<>(producerProps, new ByteArraySerializer(), new ByteArraySerializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(dlqTopic, timeout).stream()
                    .map(p -> new TopicPartition(dlqTopic, p.partition())).toList();
            if (partitions.isEmpty()) throw new IllegalStateException("no topic named " + dlqTopic);
            // Assigned, not subscribed: no rebalance to wait for, and the group only stores offsets.
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            Instant deadline = Instant.now().plus(timeout);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp, timeout) < end.get(tp))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read " + dlqTopic + " to its end within " + timeout);
                }
                var records = consumer.poll(Duration.ofMillis(200));
                if (records.isEmpty()) continue;
                Map<TopicPartition, OffsetAndMetadata> progress = new HashMap<>();
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                    if (r.offset() >= end.get(tp)) continue;
                    progress.put(tp, new OffsetAndMetadata(r.offset() + 1));
                    if (reason != null && !reason.equals(DeadLetterScan.reasonOf(r))) {
                        filteredOut++;
                        continue;
                    }
                    String target = to != null ? to : DeadLetters.header(r.headers(), DeadLetters.SOURCE_TOPIC);
                    if (target == null || target.isEmpty()) {
                        unroutable++;
                        continue;
                    }
                    producer.send(new ProducerRecord<>(target, null, null, r.key(), r.value(), originalHeaders(r)));
                    replayed.merge(target, 1L, Long::sum);
                }
                // Commit only once every record before the new positions is acknowledged by the brokers.
                producer.flush();
                for (var e : progress.entrySet()) {
                    long position = consumer.position(e.getKey(), timeout);
                    e.setValue(new OffsetAndMetadata(Math.min(position, end.get(e.getKey()))));
                }
                consumer.commitSync(progress, timeout);
            }
        }
        return new ReplayResult(replayed, filteredOut, unroutable);
    }

    /** The headers the record had before it was dead-lettered: ours are about the failure, not the record. */
    private static RecordHeaders originalHeaders(ConsumerRecord<byte[], byte[]> r) {
        List<Header> kept = new ArrayList<>();
        for (Header h : r.headers()) {
            if (!h.key().startsWith(DLQ_HEADER_PREFIX)) kept.add(h);
        }
        return new RecordHeaders(kept);
    }
}
