package org.newsagg.app.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToIntFunction;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.ThreadMetadata;

/**
 * The tasks a stage instance runs, as {@code newsagg.tasks{kind="active"|"standby"}}, read from Kafka Streams'
 * own assignment at each scrape. With several instances and {@code standby-replicas=1}, a standby count of 0 on
 * every instance means a crash will restore state from the changelogs instead of failing over to a warm copy.
 * Kafka's own metrics (bound by Micrometer) show new task and state-updater meters only at the binder's next
 * one-minute refresh, too late to judge a rebalance that just happened.
 */
public final class StreamTasksGauge {

    public static final String METER = "newsagg.tasks";

    private StreamTasksGauge() {}

    public static void bindTo(MeterRegistry registry, KafkaStreams streams) {
        register(registry, streams, "active", t -> t.activeTasks().size());
        register(registry, streams, "standby", t -> t.standbyTasks().size());
    }

    private static void register(MeterRegistry registry, KafkaStreams streams, String kind,
            ToIntFunction<ThreadMetadata> count) {
        Gauge.builder(METER, streams, s -> s.metadataForLocalThreads().stream().mapToInt(count).sum())
                .tag("kind", kind)
                .description("Kafka Streams tasks this instance runs, active or standby (warm copies of state)")
                .register(registry);
    }
}
