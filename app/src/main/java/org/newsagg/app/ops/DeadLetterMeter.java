package org.newsagg.app.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.newsagg.model.DeadLetters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts a stage's dead letters by reason as {@code newsagg.deadletters{reason,stage}} by following the dead-letter
 * topic's headers. The letters are written by Kafka's exception handlers, which have no meter registry; reading
 * the topic counts exactly what was committed, aborted transactions excluded. Counts every retained letter of the
 * stage from the topic's start, so the value is the same whichever instance an operator scrapes.
 */
public final class DeadLetterMeter implements AutoCloseable {

    public static final String METER = "newsagg.deadletters";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterMeter.class);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final MeterRegistry registry;
    private final String stage;
    private final Thread thread;
    private volatile boolean running = true;

    private DeadLetterMeter(KafkaConsumer<byte[], byte[]> consumer, MeterRegistry registry, String stage) {
        this.consumer = consumer;
        this.registry = registry;
        this.stage = stage;
        this.thread = new Thread(this::run, "newsagg-deadletter-meter");
        this.thread.setDaemon(true);
    }

    /** The reasons every stage's exception handler ({@code DeadLetterHandler}) writes. */
    public static final List<String> HANDLER_REASONS = List.of("deserialization", "processing");

    /** Starts following {@code dlqTopic}, counting the letters whose stage header is {@code stage}. */
    public static DeadLetterMeter start(Map<String, Object> clientProps, String dlqTopic, String stage,
            MeterRegistry registry) {
        return start(clientProps, dlqTopic, stage, List.of(), registry);
    }

    /**
     * As {@link #start(Map, String, String, MeterRegistry)}, with a series at 0 for each of {@code reasons} from the
     * start: a dashboard shows 0 rather than no data, and an alert on a change sees the first letter of a reason
     * as a change from 0.
     */
    public static DeadLetterMeter start(Map<String, Object> clientProps, String dlqTopic, String stage,
            List<String> reasons, MeterRegistry registry) {
        Map<String, Object> props = new HashMap<>(clientProps);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        var consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(dlqTopic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(dlqTopic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        DeadLetterMeter meter = new DeadLetterMeter(consumer, registry, stage);
        reasons.forEach(meter::counter);
        meter.thread.start();
        return meter;
    }

    private void run() {
        try {
            while (running) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (!stage.equals(DeadLetters.header(r.headers(), DeadLetters.STAGE))) continue;
                    counter(DeadLetterScan.reasonOf(r)).increment();
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            log.warn("dead-letter meter stopped: {}", e.toString());
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private Counter counter(String reason) {
        return Counter.builder(METER).description("records this stage sent to the dead-letter topic, by reason")
                .tag("reason", reason).tag("stage", stage).register(registry);
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
