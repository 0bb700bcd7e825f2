package org.newsagg.app.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamTasksGaugeTest {

    @TempDir
    Path state;

    @Test
    void anInstanceWithNoAssignmentReportsNoActiveAndNoStandbyTasks() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("in").to("out");
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "tasks-gauge-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1");
        p.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (KafkaStreams streams = new KafkaStreams(builder.build(), p)) {
            StreamTasksGauge.bindTo(registry, streams);
            assertEquals(0.0, registry.get(StreamTasksGauge.METER).tag("kind", "active").gauge().value());
            assertEquals(0.0, registry.get(StreamTasksGauge.METER).tag("kind", "standby").gauge().value());
        }
    }
}
