package org.newsagg.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.InvalidOffsetException;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetOutOfRangeException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.apache.kafka.common.errors.UnknownMemberIdException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a stage from skipping, in silence, input records that retention deleted before the stage read them.
 *
 * <p>Kafka Streams' usual reset policy, "earliest", moves a consumer whose position has been deleted to the new log
 * start without an error: a replay larger than the raw topic's size bound loses the articles retention deleted, and
 * every lag still drains to zero (docs/operations.md tells the incident). The stages therefore read their input topics with the reset policy
 * "none", which stops the stream thread instead ({@link #deletedPosition}). "None" would also stop a group's very
 * first start, when nothing is committed yet, so {@link #prepare} first commits the log start of every partition the
 * group has never read: a new application starts from whatever the topic holds, as "earliest" did.
 */
public final class DeletedInputGuard {

    /** What a (re)starting stage does about records deleted before it read them. */
    public enum Policy {
        /** Refuse to start, naming what was lost: the operator decides (the default). */
        FAIL,
        /** Log what was lost and go on from the log start. */
        SKIP;

        public static Policy parse(String key, String value) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(key + " must be fail or skip, not '" + value + "'", e);
            }
        }
    }

    /** Records of one partition deleted before the group read them: offsets {@code committed} to {@code logStart - 1}. */
    public record Gap(TopicPartition partition, long committed, long logStart) {
        public long records() {
            return logStart - committed;
        }

        @Override
        public String toString() {
            return partition + " offsets " + committed + "-" + (logStart - 1) + " (" + records() + " records)";
        }
    }

    private static final Logger log = LoggerFactory.getLogger(DeletedInputGuard.class);

    private final Admin admin;
    private final String group;
    private final Duration timeout;

    public DeletedInputGuard(Admin admin, String group, Duration timeout) {
        this.admin = admin;
        this.group = group;
        this.timeout = timeout;
    }

    /**
     * What a stage does before it starts: {@link #prepare}, then refuse to start (FAIL) or log what it skips (SKIP).
     *
     * @param stage     the stage's name, for messages
     * @param policyKey the setting that chooses the policy, for messages
     */
    public static void beforeStart(Map<String, Object> adminProps, String group, List<String> topics, Policy policy,
            String stage, String policyKey) {
        List<Gap> gaps;
        try (Admin admin = Admin.create(adminProps)) {
            gaps = new DeletedInputGuard(admin, group, Duration.ofSeconds(30)).prepare(topics, policy);
        }
        if (gaps.isEmpty()) return;
        if (policy == Policy.FAIL) throw new IllegalStateException(describe(stage, policyKey, gaps, policy));
        log.warn(describe(stage, policyKey, gaps, policy));
    }

    /**
     * Call before the stage joins its group. Commits the log start of every partition of {@code topics} that the group
     * has never committed, and returns the partitions whose committed offset retention has overtaken. With
     * {@link Policy#SKIP} those are moved to their log start too; with {@link Policy#FAIL} they are left as they are,
     * for the caller to refuse to start. Topics that do not exist yet are left alone. The broker takes these commits
     * only from an empty group, which is why the stages leave their group when they close.
     */
    public List<Gap> prepare(List<String> topics, Policy policy) {
        try {
            List<String> existing = topics.stream()
                    .filter(admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS)::contains)
                    .toList();
            if (existing.isEmpty()) return List.of();
            Map<TopicPartition, Long> logStarts = TopicOffsets.of(admin, existing, OffsetSpec.earliest(), timeout);
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            List<Gap> gaps = gaps(logStarts, committed);
            Map<TopicPartition, OffsetAndMetadata> seeds = new HashMap<>();
            logStarts.forEach((tp, start) -> {
                if (committed.get(tp) == null) seeds.put(tp, new OffsetAndMetadata(start));
            });
            if (!seeds.isEmpty() && !commit(seeds)) {
                // Another instance is in the group already, and seeded these when it started.
                log.info("group {} has members already; leaving its offsets to them", group);
            }
            if (policy == Policy.SKIP && !gaps.isEmpty()) {
                Map<TopicPartition, OffsetAndMetadata> skips = new HashMap<>();
                gaps.forEach(g -> skips.put(g.partition(), new OffsetAndMetadata(g.logStart())));
                if (!commit(skips)) {
                    throw new IllegalStateException("cannot skip the deleted records while group " + group
                            + " has members: stop every instance, wait out the session timeout of one that crashed"
                            + " (45 s by default), and start again");
                }
            }
            return gaps;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read or set the offsets of group " + group + " on " + topics
                    + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot read the offsets of group " + group + " within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the offsets of group " + group, e);
        }
    }

    /** Commits for the group; false when the broker refuses because the group has members. */
    private boolean commit(Map<TopicPartition, OffsetAndMetadata> offsets)
            throws ExecutionException, InterruptedException, TimeoutException {
        try {
            admin.alterConsumerGroupOffsets(group, offsets).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupNotEmptyException || e.getCause() instanceof UnknownMemberIdException) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Partitions whose committed offset is below the log start, in topic and partition order. A partition never
     * committed is no gap: a new group starts at the log start.
     */
    public static List<Gap> gaps(Map<TopicPartition, Long> logStarts, Map<TopicPartition, OffsetAndMetadata> committed) {
        List<Gap> gaps = new ArrayList<>();
        logStarts.forEach((tp, start) -> {
            OffsetAndMetadata c = committed.get(tp);
            if (c != null && c.offset() < start) gaps.add(new Gap(tp, c.offset(), start));
        });
        gaps.sort(java.util.Comparator.comparing((Gap g) -> g.partition().topic())
                .thenComparingInt(g -> g.partition().partition()));
        return gaps;
    }

    /** What an operator reads when a stage refuses to start, or starts anyway, over deleted input. */
    public static String describe(String stage, String policyKey, List<Gap> gaps, Policy policy) {
        long total = gaps.stream().mapToLong(Gap::records).sum();
        String where = gaps.stream().map(Gap::toString).collect(Collectors.joining(", "));
        return policy == Policy.FAIL
                ? "the " + stage + " stage will not start: retention deleted " + total + " input records before it"
                        + " read them (" + where + "). Raise the topics' retention for the next replay"
                        + " (docs/operations.md); to go on without these records, set " + policyKey + "=skip"
                : "the " + stage + " stage skips " + total + " input records that retention deleted before it read"
                        + " them (" + where + ")";
    }

    /**
     * The deleted position behind a stream thread's failure, if that is what stopped it: with the reset policy
     * "none", Kafka Streams fails the thread with the consumer's {@link InvalidOffsetException} as the cause.
     */
    public static Optional<InvalidOffsetException> deletedPosition(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidOffsetException e) return Optional.of(e);
        }
        return Optional.empty();
    }

    /**
     * What an operator reads when a running stage stops over its input offsets: its position was deleted under it,
     * or a partition it never read appeared (partitions added, or a topic created after the stage started).
     */
    public static String describeRunning(String stage, String policyKey, InvalidOffsetException e) {
        if (e instanceof OffsetOutOfRangeException range) {
            String where = range.offsetOutOfRangePartitions().entrySet().stream()
                    .map(p -> p.getKey() + " at offset " + p.getValue()).sorted()
                    .collect(Collectors.joining(", "));
            return "the " + stage + " stage stops: retention deleted input records before it read them (" + where
                    + "). Restart it to see how many; it then refuses to start unless " + policyKey + "=skip";
        }
        String where = e.partitions().stream().map(TopicPartition::toString).sorted()
                .collect(Collectors.joining(", "));
        return "the " + stage + " stage stops: it has no committed offset for " + where
                + " (partitions added, or a topic created after the stage started). Restart it: it starts such"
                + " partitions at their log start";
    }
}
