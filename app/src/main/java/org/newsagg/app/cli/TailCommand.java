package org.newsagg.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.newsagg.cluster.KafkaConnection;
import org.newsagg.cluster.KafkaOptions;
import org.newsagg.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Prints a topic's records as JSON lines: key, timestamp, partition, offset, headers, value.")
public final class TailCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TOPIC",
            description = "The topic to print, e.g. news.tagged or news.dlq (newsagg status lists them).")
    String topic;

    @Option(names = "--from-beginning", description = "Start at the oldest record instead of the newest.")
    boolean fromBeginning;

    @Option(names = "--max", paramLabel = "N", defaultValue = "-1", description = "Stop after N records.")
    long max;

    @Option(names = "--idle-exit", paramLabel = "DURATION",
            description = "Exit when no record arrived for this long, e.g. 5s (default: wait forever).")
    String idleExit;

    @Mixin
    KafkaOptions kafka;

    @Override
    public Integer call() {
        try (KafkaConnection conn = kafka.connect()) {
            Map<String, Object> props = new HashMap<>(conn.clientProperties());
            props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            Duration idle = idleExit == null ? null : org.newsagg.model.Settings.parseDuration("--idle-exit", idleExit);
            long printed = 0;
            try (var consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                if (partitions.isEmpty()) {
                    System.err.println("no topic named " + topic);
                    return 1;
                }
                consumer.assign(partitions);
                if (fromBeginning) consumer.seekToBeginning(partitions);
                else consumer.seekToEnd(partitions);
                Instant lastRecord = Instant.now();
                while (max < 0 || printed < max) {
                    var records = consumer.poll(Duration.ofMillis(500));
                    if (records.isEmpty() && idle != null && Instant.now().isAfter(lastRecord.plus(idle))) break;
                    for (ConsumerRecord<byte[], byte[]> r : records) {
                        lastRecord = Instant.now();
                        System.out.println(Json.write(line(r)));
                        if (max >= 0 && ++printed >= max) break;
                    }
                }
            }
            return 0;
        }
    }

    static ObjectNode line(ConsumerRecord<byte[], byte[]> r) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("key", r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8));
        n.put("timestamp", Instant.ofEpochMilli(r.timestamp()).toString());
        n.put("partition", r.partition());
        n.put("offset", r.offset());
        if (r.headers().toArray().length > 0) {
            Map<String, String> headers = java.util.Arrays.stream(r.headers().toArray()).collect(Collectors.toMap(
                    Header::key, h -> h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8),
                    (a, b) -> b, java.util.LinkedHashMap::new));
            n.set("headers", Json.MAPPER.valueToTree(headers));
        }
        n.set("value", value(r.value()));
        return n;
    }

    /** The value as JSON when it is JSON, else as a string: tail must show garbage too. */
    private static JsonNode value(byte[] bytes) {
        if (bytes == null) return null;
        try {
            return Json.MAPPER.readTree(bytes);
        } catch (Exception e) {
            return Json.MAPPER.getNodeFactory().textNode(new String(bytes, StandardCharsets.UTF_8));
        }
    }
}
