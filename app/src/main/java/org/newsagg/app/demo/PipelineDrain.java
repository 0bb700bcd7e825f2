package org.newsagg.app.demo;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Tells when the pipeline has processed everything written so far: every stage's consumer group has committed the
 * end of every partition of its input topics, internal repartition topics included. Polls with a deadline.
 */
public final class PipelineDrain {

    private final Admin admin;

    public PipelineDrain(Admin admin) {
        this.admin = admin;
    }

    /**
     * Waits until each group has consumed its topics to the end. {@code inputs} maps a group (application id) to
     * every topic it reads, internal repartition topics included (see {@code SourceTopics}); a topic that does not
     * exist yet (Streams creates its internal topics at its first rebalance) means not drained.
     */
    public void await(Map<String, List<String>> inputs, Duration timeout) {
        waitForZeroLag(() -> totalLag(inputs), timeout, false, System::nanoTime, PipelineDrain::pause,
                () -> lag(inputs));
    }

    /**
     * Like {@link #await}, for backlogs that take longer than any fixed deadline (a million-article memory run):
     * fails only when the total lag has not gone below its lowest value for {@code stall}.
     */
    public void awaitWhileProgressing(Map<String, List<String>> inputs, Duration stall) {
        waitForZeroLag(() -> totalLag(inputs), stall, true, System::nanoTime, PipelineDrain::pause,
                () -> lag(inputs));
    }

    /**
     * Polls {@code totalLag} until it reads 0 twice in a row (a stage may be between reading its input and writing
     * its repartition topic), and throws when {@code limit} runs out, with {@code describe} saying where the lag
     * is. With {@code whileProgressing} the clock restarts whenever the lag goes below its lowest value so far.
     */
    static void waitForZeroLag(LongSupplier totalLag, Duration limit, boolean whileProgressing, LongSupplier nanoTime,
            Runnable pause, Supplier<String> describe) {
        long deadline = nanoTime.getAsLong() + limit.toNanos();
        long lowest = Long.MAX_VALUE;
        int stableRounds = 0;
        while (true) {
            long lag = totalLag.getAsLong();
            stableRounds = lag == 0 ? stableRounds + 1 : 0;
            if (stableRounds >= 2) return;
            if (whileProgressing && lag < lowest) {
                lowest = lag;
                deadline = nanoTime.getAsLong() + limit.toNanos();
            }
            if (nanoTime.getAsLong() - deadline > 0) {
                throw new IllegalStateException(whileProgressing
                        ? "pipeline made no progress for " + limit + ": " + describe.get()
                        : "pipeline did not drain within " + limit + ": " + describe.get());
            }
            pause.run();
        }
    }

    /** Every group's lag summed, or Long.MAX_VALUE when any cannot be told (a topic not created yet). */
    private long totalLag(Map<String, List<String>> inputs) {
        return inputs.entrySet().stream().mapToLong(e -> lagOf(e.getKey(), e.getValue()))
                .reduce(0, (a, b) -> a == Long.MAX_VALUE || b == Long.MAX_VALUE ? Long.MAX_VALUE : a + b);
    }

    private String lag(Map<String, List<String>> inputs) {
        StringBuilder sb = new StringBuilder();
        inputs.forEach((g, t) -> sb.append(g).append(" lag ").append(lagOf(g, t)).append("; "));
        return sb.toString();
    }

    /** Records not yet consumed by the group across its inputs, or Long.MAX_VALUE when it cannot tell. */
    public long lagOf(String group, List<String> topics) {
        try {
            if (!admin.listTopics().names().get().containsAll(topics)) return Long.MAX_VALUE;
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get().forEach((name, d) -> d.partitions()
                    .forEach(p -> request.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
            var ends = admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            long lag = 0;
            for (var e : ends.entrySet()) {
                long end = e.getValue().offset();
                OffsetAndMetadata c = committed.get(e.getKey());
                long position = c == null ? 0 : c.offset();
                lag += Math.max(0, end - position);
            }
            return lag;
        } catch (ExecutionException e) {
            return Long.MAX_VALUE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the pipeline", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the pipeline", e);
        }
    }
}
