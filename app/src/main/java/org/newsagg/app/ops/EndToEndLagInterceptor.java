package org.newsagg.app.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerInterceptor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.newsagg.model.Settings;

/**
 * Measures end-to-end lag at the sink, {@code newsagg.e2e.lag}: now minus the article's publication time (the
 * tagged topic's record timestamp) as the sink's consumer receives it, as a histogram. A consumer interceptor,
 * because it sees every record the stage reads without the sink's topology knowing about it.
 *
 * <p>Kafka instantiates interceptors by class name, so the registry is handed over by name ({@link #register}).
 */
public final class EndToEndLagInterceptor implements ConsumerInterceptor<byte[], byte[]> {

    public static final String METER = "newsagg.e2e.lag";
    public static final String REGISTRY_CONFIG = "newsagg.e2e.registry";
    public static final String TOPIC_CONFIG = "newsagg.e2e.topic";

    private static final Map<String, MeterRegistry> REGISTRIES = new ConcurrentHashMap<>();

    private Timer timer;
    private String topic;

    /**
     * Settings that make the sink stage's main consumer measure the lag of {@code taggedTopic} into
     * {@code registry}: pass-through {@code kafka.main.consumer.*} keys.
     */
    public static Settings measuring(Settings settings, String taggedTopic, MeterRegistry registry) {
        String name = "registry-" + System.identityHashCode(registry);
        REGISTRIES.put(name, registry);
        String prefix = "kafka.main.consumer.";
        return settings.with(Map.of(
                prefix + "interceptor.classes", EndToEndLagInterceptor.class.getName(),
                prefix + REGISTRY_CONFIG, name,
                prefix + TOPIC_CONFIG, taggedTopic));
    }

    static Timer timer(MeterRegistry registry) {
        return Timer.builder(METER)
                .description("now minus publication time of tagged articles as the sink reads them")
                .publishPercentiles(0.5, 0.95, 0.99)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofSeconds(1))
                .maximumExpectedValue(Duration.ofDays(7))
                .register(registry);
    }

    @Override
    public void configure(Map<String, ?> configs) {
        Object name = configs.get(REGISTRY_CONFIG);
        MeterRegistry registry = name == null ? null : REGISTRIES.get(name.toString());
        Object t = configs.get(TOPIC_CONFIG);
        topic = t == null ? null : t.toString();
        timer = registry == null ? null : timer(registry);
    }

    @Override
    public ConsumerRecords<byte[], byte[]> onConsume(ConsumerRecords<byte[], byte[]> records) {
        if (timer == null) return records;
        long now = System.currentTimeMillis();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            if (topic == null || topic.equals(r.topic())) timer.record(Duration.ofMillis(Math.max(0, now - r.timestamp())));
        }
        return records;
    }

    @Override
    public void onCommit(Map<TopicPartition, OffsetAndMetadata> offsets) {}

    @Override
    public void close() {}
}
