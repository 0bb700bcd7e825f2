package org.newsagg.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsagg.model.Settings;
import org.newsagg.model.Topic;
import org.newsagg.model.Topics;

/**
 * The intended shape of every topic: partitions, replication, retention and compaction. {@code topics create}
 * makes them so and {@code topics check} (and each stage at start) verifies them.
 */
public record TopicLayout(List<TopicSpec> topics, List<List<String>> copartitioned, List<String> onePartition) {

    /** One topic's intended configuration. */
    public record TopicSpec(String name, int partitions, short replicationFactor, Map<String, String> configs) {}

    public static TopicLayout from(Settings s) {
        Topics t = Topics.from(s);
        int partitions = s.getInt("newsagg.topics.partitions", 3);
        short rf = (short) s.getInt("newsagg.topics.replication-factor", 1);
        // Record timestamps are publication times, and Kafka's time retention compares them with the wall clock: a
        // replayed archive from last year would be deleted as it arrives, before any stage reads it. So the
        // pipeline's topics are bounded by size unless an operator who never replays old news sets a duration.
        String retention = retentionMs(s, "newsagg.topics.retention");
        String dlqRetention = retentionMs(s, "newsagg.topics.dlq-retention");
        String bytes = Long.toString(s.getLong("newsagg.topics.retention-bytes", 1L << 30));
        // One partition by default: a replay then reaches the dedupe stage in exactly its publication order, so
        // the same archive always gives the same verdicts (docs/architecture.md), and the dedupe task reads it
        // directly. More partitions stay correct if this setting says so: the streams stage then gathers them.
        int rawPartitions = s.getInt("newsagg.topics.raw-partitions", 1);
        List<TopicSpec> specs = new ArrayList<>();
        for (Topic<?> topic : t.typed()) {
            specs.add(switch (topic.shape()) {
                case RAW_INPUT -> new TopicSpec(topic.name(), rawPartitions, rf, deleting(retention, bytes));
                case STAGE_OUTPUT -> new TopicSpec(topic.name(), partitions, rf, deleting(retention, bytes));
                // Keyed by window: compaction keeps the newest value of every window, so a new consumer reads the
                // current state of each window without replaying every update.
                case COMPACTED -> new TopicSpec(topic.name(), partitions, rf, Map.of("cleanup.policy", "compact"));
                case COMPACTED_SINGLE -> new TopicSpec(topic.name(), 1, rf, Map.of("cleanup.policy", "compact"));
                case DEAD_LETTERS -> new TopicSpec(topic.name(), 1, rf, deleting(dlqRetention, bytes));
            });
        }
        // The sink joins an article on the tagged topic with its copies, repartitioned onto as many partitions as the
        // duplicates topic has, by partition number: both topics must have the same count.
        return new TopicLayout(List.copyOf(specs), List.of(List.of(t.tagged(), t.duplicates())),
                rawPartitions == 1 ? List.of(t.raw()) : List.of());
    }

    /**
     * A line per topic that must have one partition and has more, and per group of topics that must have the same
     * number of partitions and do not, given the partition count of each existing topic (missing topics are
     * reported elsewhere).
     */
    public List<String> partitionProblems(Map<String, Integer> partitions) {
        List<String> problems = new ArrayList<>();
        for (String topic : onePartition) {
            Integer n = partitions.get(topic);
            if (n != null && n > 1) {
                problems.add("topic " + topic + " has " + n + " partitions but newsagg.topics.raw-partitions is 1: the "
                        + "streams stage reads it in one dedupe task, so set newsagg.topics.raw-partitions=" + n);
            }
        }
        for (List<String> group : copartitioned) {
            if (!partitions.keySet().containsAll(group)) continue;
            if (group.stream().map(partitions::get).distinct().count() > 1) {
                problems.add("topics " + String.join(" and ", group) + " must have the same number of partitions, have "
                        + group.stream().map(n -> String.valueOf(partitions.get(n))).collect(Collectors.joining(" and "))
                        + ": the sink joins an article with its copies partition by partition");
            }
        }
        return problems;
    }

    private static Map<String, String> deleting(String retentionMs, String retentionBytes) {
        return Map.of("cleanup.policy", "delete", "retention.ms", retentionMs, "retention.bytes", retentionBytes);
    }

    /** A duration setting, or -1 (no time limit) when unset or set to "none". */
    private static String retentionMs(Settings s, String key) {
        String v = s.get(key, "none");
        return v.equals("none") || v.equals("-1") ? "-1" : Long.toString(Settings.parseDuration(key, v).toMillis());
    }
}
