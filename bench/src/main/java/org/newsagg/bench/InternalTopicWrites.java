package org.newsagg.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.newsagg.runtime.TopicOffsets;

/**
 * The end offsets of both stages' internal topics (repartition and changelog), summed over partitions, by topic
 * named without the phase's prefix. Two of them, before and after a phase, give the records each internal topic took
 * per article. Under exactly-once an offset also counts the transaction markers: one per partition a transaction
 * wrote to, at every commit.
 */
public record InternalTopicWrites(SortedMap<String, Long> endOffsets) {

    public static InternalTopicWrites read(PhaseLayout layout, Duration timeout) {
        try (Admin admin = Admin.create(layout.clientProperties())) {
            List<String> internal = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS).stream()
                    .filter(layout::isInternal).sorted().toList();
            SortedMap<String, Long> out = new TreeMap<>();
            if (internal.isEmpty()) return new InternalTopicWrites(out);
            for (Map.Entry<TopicPartition, Long> e : TopicOffsets.of(admin, internal, OffsetSpec.latest(), timeout)
                    .entrySet()) {
                out.merge(layout.withoutPrefix(e.getKey().topic()), e.getValue(), Long::sum);
            }
            return new InternalTopicWrites(out);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the internal topics' end offsets: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Records per article each internal topic took from {@code before} to these offsets. */
    public SortedMap<String, Double> perArticleSince(InternalTopicWrites before, long articles) {
        SortedMap<String, Double> out = new TreeMap<>();
        endOffsets.forEach((t, end) -> out.put(t,
                articles == 0 ? 0 : (double) (end - before.endOffsets.getOrDefault(t, 0L)) / articles));
        return out;
    }
}
