package org.newsagg.app.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.newsagg.runtime.TopicOffsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stage's consumer lag per topic and partition, {@code newsagg_consumer_lag_records{topic,partition}}: the end
 * offset minus the offset the stage's group committed, the number {@code newsagg status} sums. Read from the brokers
 * (admin client) every period rather than from the Kafka consumer's own {@code records-lag}, because the consumer
 * reports only the partitions this instance holds, and Micrometer binds a new partition's meters only at its next
 * one-minute refresh; the committed offsets cover every partition of the group, whoever holds it, so every instance
 * reports the same values (aggregate instances with {@code max}). Input topics are always shown; internal
 * (repartition) topics once the group has committed on them. A partition the group never committed counts from 0,
 * as in {@code status}.
 */
public final class ConsumerLagMeter implements AutoCloseable {

    /** With base unit "records": {@code newsagg_consumer_lag_records}. */
    public static final String METER = "newsagg.consumer.lag";
    /** How often the stage commands measure: each Prometheus scrape (15 s in the shipped config) sees a fresh value. */
    public static final Duration PERIOD = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(ConsumerLagMeter.class);

    private final Admin admin;
    private final String group;
    private final List<String> inputs;
    private final Duration timeout;
    private final MultiGauge gauge;
    private final ScheduledExecutorService executor;

    private ConsumerLagMeter(Admin admin, String group, List<String> inputs, Duration timeout, MultiGauge gauge) {
        this.admin = admin;
        this.group = group;
        this.inputs = inputs;
        this.timeout = timeout;
        this.gauge = gauge;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newsagg-lag-meter");
            t.setDaemon(true);
            return t;
        });
    }

    /** Measures {@code group}'s lag on {@code inputs} (and its internal topics) now, then every {@code period}. */
    public static ConsumerLagMeter start(Map<String, Object> clientProps, String group, List<String> inputs,
            MeterRegistry registry, Duration period) {
        MultiGauge gauge = MultiGauge.builder(METER).baseUnit("records")
                .description("end offset minus the stage's committed offset, per topic and partition")
                .register(registry);
        ConsumerLagMeter meter = new ConsumerLagMeter(Admin.create(clientProps), group, List.copyOf(inputs),
                Duration.ofSeconds(10), gauge);
        meter.executor.scheduleWithFixedDelay(meter::measure, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        return meter;
    }

    /** The lag of every partition of the group's topics, as the brokers see it now. */
    Map<TopicPartition, Long> read() throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        Set<String> topics = new LinkedHashSet<>(inputs);
        committed.keySet().forEach(tp -> topics.add(tp.topic()));
        Map<TopicPartition, Long> ends = TopicOffsets.of(admin, topics, OffsetSpec.latest(), timeout);
        Map<TopicPartition, Long> lag = new TreeMap<>(
                Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition));
        ends.forEach((tp, end) -> {
            OffsetAndMetadata c = committed.get(tp);
            lag.put(tp, Math.max(0, end - (c == null ? 0 : c.offset())));
        });
        return lag;
    }

    private void measure() {
        try {
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            read().forEach((tp, lag) -> rows.add(MultiGauge.Row.of(
                    Tags.of("topic", tp.topic(), "partition", Integer.toString(tp.partition())), lag)));
            gauge.register(rows, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // The last values stay: a broker that cannot be asked is seen in the stage's own state and logs.
            log.debug("cannot read the lag of {}: {}", group, e.toString());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        admin.close(Duration.ofSeconds(5));
    }
}
