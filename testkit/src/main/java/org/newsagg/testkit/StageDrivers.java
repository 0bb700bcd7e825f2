package org.newsagg.testkit;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.newsagg.model.Settings;
import org.newsagg.model.Topic;

/**
 * A stage's topology on a {@link TopologyTestDriver}, set up the same way in every topology test: the stage's own
 * settings (no broker, state in a test directory), its Streams properties, and test topics typed by the pipeline's
 * {@link Topic}s.
 */
public final class StageDrivers {

    private StageDrivers() {}

    /**
     * The settings a topology test runs {@code stage} ({@code streams}, {@code sink}) with: a broker address nothing
     * connects to, state under {@code stateDir}, then {@code extra}.
     */
    public static Settings settings(String stage, Path stateDir, Map<String, String> extra) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(Settings.BOOTSTRAP_SERVERS, "unused:9092");
        all.put("newsagg." + stage + ".state-dir", stateDir.toString());
        all.putAll(extra);
        return Settings.of(all);
    }

    /** A driver over {@code topology} with the stage's properties, at least once: the driver has no transactions. */
    public static TopologyTestDriver driver(Topology topology, Properties streamsProperties) {
        Properties props = new Properties();
        props.putAll(streamsProperties);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        return new TopologyTestDriver(topology, props);
    }

    public static <V> TestInputTopic<String, V> input(TopologyTestDriver driver, Topic<V> topic) {
        return driver.createInputTopic(topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    public static <V> TestOutputTopic<String, V> output(TopologyTestDriver driver, Topic<V> topic) {
        return driver.createOutputTopic(topic.name(), topic.keySerde().deserializer(),
                topic.valueSerde().deserializer());
    }
}
