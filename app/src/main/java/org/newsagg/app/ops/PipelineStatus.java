package org.newsagg.app.ops;

import java.util.List;
import java.util.Map;

/**
 * The one screen {@code newsagg status} prints: topics with their end offsets, each stage's lag per input topic and
 * the records retention deleted before it read them, dead letters by reason.
 */
public record PipelineStatus(List<TopicStatus> topics, List<GroupLag> lags, Map<String, Long> deadLettersByReason) {

    /** Total lag of one group over all its inputs. */
    public long lagOf(String group) {
        return lags.stream().filter(l -> l.group().equals(group)).mapToLong(GroupLag::lag).sum();
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        int width = Math.max(24, topics.stream().mapToInt(t -> t.name().length()).max().orElse(0) + 2);
        for (GroupLag l : lags) width = Math.max(width, l.topic().length() + 2);
        String topicRow = "%-" + width + "s %10s %12s  %s%n";
        sb.append(String.format(topicRow, "TOPIC", "PARTITIONS", "END OFFSET", "PER PARTITION"));
        for (TopicStatus t : topics) {
            sb.append(String.format(topicRow, t.name(), t.partitions(), t.totalEndOffset(), t.endOffsets()));
        }
        sb.append(System.lineSeparator());
        int groupWidth = Math.max(16, lags.stream().mapToInt(l -> l.group().length()).max().orElse(0) + 2);
        String lagRow = "%-" + groupWidth + "s %-" + width + "s %12s %12s %10s %14s%n";
        sb.append(String.format(lagRow, "GROUP", "TOPIC", "COMMITTED", "END", "LAG", "DELETED UNREAD"));
        for (GroupLag l : lags) {
            sb.append(String.format(lagRow, l.group(), l.topic(), l.committed(), l.end(), l.lag(), l.deleted()));
        }
        sb.append(System.lineSeparator());
        String dlqRow = "%-24s %10s%n";
        sb.append(String.format(dlqRow, "DEAD LETTER REASON", "COUNT"));
        if (deadLettersByReason.isEmpty()) sb.append(String.format(dlqRow, "(none)", 0));
        deadLettersByReason.forEach((reason, count) -> sb.append(String.format(dlqRow, reason, count)));
        return sb.toString();
    }
}
