package org.newsagg.app.reset;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsagg.cluster.TopicSnapshot;

/**
 * Writes a tombstone for every key a compacted topic still holds a value for. A recomputation writes every key it
 * produces again, but a key it no longer produces (an actor the new dictionaries do not find) would keep its stale
 * value forever; after the tombstones it is gone.
 */
public final class CompactedTopicClearer {

    private CompactedTopicClearer() {}

    /**
     * Tombstones every live key of {@code topic}, each in the partition it was read from, and waits for the broker to
     * acknowledge every one; returns how many.
     */
    public static int tombstoneAll(Map<String, Object> clientProps, String topic, Duration timeout) {
        Map<String, Integer> live = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : TopicSnapshot.readAll(clientProps, topic, new ByteArrayDeserializer(),
                timeout)) {
            if (r.key() == null) continue;
            if (r.value() == null) live.remove(r.key());
            else live.put(r.key(), r.partition());
        }
        Map<String, Object> props = new HashMap<>(clientProps);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            live.forEach((key, partition) -> sent.add(producer.send(new ProducerRecord<>(topic, partition, key, null))));
            producer.flush();
            for (Future<RecordMetadata> f : sent) f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not tombstone the keys of " + topic + ": " + e.getCause().getMessage(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the broker did not acknowledge the tombstones of " + topic + " within "
                    + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while tombstoning " + topic, e);
        }
        return live.size();
    }
}
