package org.newsagg.app.topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsagg.model.Settings;
import org.newsagg.model.Topics;

/**
 * The intended shape of every topic: partitions, replication, retention and compaction. {@code topics create}
 * makes them so and {@code topics check} (and each stage at start) verifies them.
 */
public record TopicLayout(List<TopicSpec> topics) {

    /** One topic's intended configuration. */
    public record TopicSpec(String name, int partitions, short replicationFactor, Map<String, String> configs) {}

    public static TopicLayout from(Settings s) {
        Topics t = Topics.from(s);
        int partitions = s.getInt("newsagg.topics.partitions", 3);
        short rf = (short) s.getInt("newsagg.topics.replication-factor", 1);
        String retention = Long.toString(s.getDuration("newsagg.topics.retention", Duration.ofDays(7)).toMillis());
        String dlqRetention = Long.toString(s.getDuration("newsagg.topics.dlq-retention", Duration.ofDays(30)).toMillis());
        List<TopicSpec> specs = new ArrayList<>();
        // One partition by default: a replay then reaches the dedupe stage in exactly its publication order, so
        // the same archive always gives the same verdicts (docs/architecture.md). More partitions stay correct.
        int rawPartitions = s.getInt("newsagg.topics.raw-partitions", 1);
        specs.add(new TopicSpec(t.raw(), rawPartitions, rf, Map.of("cleanup.policy", "delete", "retention.ms", retention)));
        specs.add(new TopicSpec(t.tagged(), partitions, rf, Map.of("cleanup.policy", "delete", "retention.ms", retention)));
        specs.add(new TopicSpec(t.duplicates(), partitions, rf,
                Map.of("cleanup.policy", "delete", "retention.ms", retention)));
        // Keyed by window: compaction keeps the newest value of every window, so a new consumer reads the current
        // state of each window without replaying every update.
        specs.add(new TopicSpec(t.aggregates(), partitions, rf, Map.of("cleanup.policy", "compact")));
        specs.add(new TopicSpec(t.trending(), 1, rf, Map.of("cleanup.policy", "compact")));
        specs.add(new TopicSpec(t.dlq(), 1, rf, Map.of("cleanup.policy", "delete", "retention.ms", dlqRetention)));
        return new TopicLayout(List.copyOf(specs));
    }
}
