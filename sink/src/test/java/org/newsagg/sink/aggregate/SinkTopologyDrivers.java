package org.newsagg.sink.aggregate;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.TopologyTestDriver;
import org.newsagg.sink.SinkConfig;
import org.newsagg.sink.SinkMetrics;
import org.newsagg.testkit.StageDrivers;

/** The whole sink topology on a {@link TopologyTestDriver}, as the topology tests of this package set it up. */
final class SinkTopologyDrivers {

    private SinkTopologyDrivers() {}

    /**
     * The sink's settings with windows {@code 15m,1h,24h/1h} and one partition per topic (the driver has one: one join
     * task, whose watermark is the safe one), then {@code settings} over them.
     */
    static SinkConfig config(Path stateDir, Map<String, String> settings) {
        Map<String, String> all = new LinkedHashMap<>(Map.of(
                "newsagg.sink.windows", "15m,1h,24h/1h",
                "newsagg.topics.partitions", "1"));
        all.putAll(settings);
        return SinkConfig.from(StageDrivers.settings("sink", stateDir, all));
    }

    static TopologyTestDriver driver(SinkConfig config) {
        return StageDrivers.driver(AggregateTopology.build(config, SinkMetrics.noop()), config.streamsProperties(null));
    }
}
