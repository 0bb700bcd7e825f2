package org.newsagg.app.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsagg.testkit.EmbeddedBroker;

/** {@code newsagg_consumer_lag_records} against offsets the test wrote and committed itself on a real broker. */
class ConsumerLagMeterIT {

    @RegisterExtension
    static final EmbeddedBroker kafka = new EmbeddedBroker();

    @Test
    void eachPartitionOfTheInputsAndOfTheTopicsTheGroupCommittedOnServesEndMinusCommitted() throws Exception {
        Map<String, Object> client = Map.of("bootstrap.servers", kafka.bootstrapServers());
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(List.of(new NewTopic("lag.in", 2, (short) 1), new NewTopic("lag.internal", 1, (short) 1),
                    new NewTopic("lag.other", 1, (short) 1))).all().get();
            try (var producer = new KafkaProducer<>(client, new ByteArraySerializer(), new ByteArraySerializer())) {
                send(producer, "lag.in", 0, 5);
                send(producer, "lag.in", 1, 3);
                send(producer, "lag.internal", 0, 4);
                send(producer, "lag.other", 0, 2);
            }
            // lag.in-1 never committed (a new group counts from 0, as `status` does); lag.other is no topic of the
            // group's: not shown.
            admin.alterConsumerGroupOffsets("lag-group", Map.of(
                    new TopicPartition("lag.in", 0), new OffsetAndMetadata(2),
                    new TopicPartition("lag.internal", 0), new OffsetAndMetadata(4))).all().get();
        }
        var registry = OpsServer.newRegistry("streams");
        try (ConsumerLagMeter meter = ConsumerLagMeter.start(client, "lag-group", List.of("lag.in"), registry,
                Duration.ofSeconds(1))) {
            List<String> expected = List.of(
                    "newsagg_consumer_lag_records{partition=\"0\",stage=\"streams\",topic=\"lag.in\"} 3.0",
                    "newsagg_consumer_lag_records{partition=\"1\",stage=\"streams\",topic=\"lag.in\"} 3.0",
                    "newsagg_consumer_lag_records{partition=\"0\",stage=\"streams\",topic=\"lag.internal\"} 0.0");
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            List<String> seen;
            do {
                seen = registry.scrape().lines().filter(l -> l.startsWith("newsagg_consumer_lag_records{")).toList();
                if (seen.size() == expected.size()) break;
                Thread.sleep(100);
            } while (Instant.now().isBefore(deadline));
            assertEquals(expected.stream().sorted().toList(), seen.stream().sorted().toList());
        }
    }

    static void send(KafkaProducer<byte[], byte[]> producer, String topic, int partition, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            producer.send(new ProducerRecord<>(topic, partition, null, ("r" + i).getBytes(StandardCharsets.UTF_8))).get();
        }
    }
}
