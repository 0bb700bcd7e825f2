package org.newsagg.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.newsagg.runtime.TopicOffsets;

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
        waitForZeroLag(() -> read(inputs), timeout, false, System::nanoTime, PipelineDrain::pause,
                () -> describe(inputs));
    }

    /**
     * Like {@link #await}, for backlogs that take longer than any fixed deadline (a million-article memory run):
     * fails only when no group has committed anything further for {@code stall}.
     */
    public void awaitWhileProgressing(Map<String, List<String>> inputs, Duration stall) {
        waitForZeroLag(() -> read(inputs), stall, true, System::nanoTime, PipelineDrain::pause,
                () -> describe(inputs));
    }

    /**
     * Records not yet consumed and records consumed so far (committed offsets), each summed over every group and
     * partition; {@link #UNKNOWN} while a topic does not exist yet.
     */
    record Reading(long lag, long consumed) {
        static final Reading UNKNOWN = new Reading(Long.MAX_VALUE, -1);

        Reading plus(Reading other) {
            if (UNKNOWN.equals(this) || UNKNOWN.equals(other)) return UNKNOWN;
            return new Reading(lag + other.lag, consumed + other.consumed);
        }
    }

    /**
     * Polls until the lag reads 0 twice in a row (a stage may be between reading its input and writing its
     * repartition topic), and throws when {@code limit} runs out, with {@code describe} saying where the lag is.
     * With {@code whileProgressing} the clock restarts whenever the groups have committed more than ever before.
     * Progress is not a falling lag: the sink writes its own repartition topic as it reads, about 20 records an
     * article, so its lag can climb for an hour while it works (a 500,000-article run was failed that way).
     */
    static void waitForZeroLag(Supplier<Reading> read, Duration limit, boolean whileProgressing, LongSupplier nanoTime,
            Runnable pause, Supplier<String> describe) {
        long deadline = nanoTime.getAsLong() + limit.toNanos();
        long mostConsumed = -1;
        int stableRounds = 0;
        while (true) {
            Reading now = read.get();
            stableRounds = now.lag() == 0 ? stableRounds + 1 : 0;
            if (stableRounds >= 2) return;
            if (whileProgressing && now.consumed() > mostConsumed) {
                mostConsumed = now.consumed();
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

    private Reading read(Map<String, List<String>> inputs) {
        return inputs.entrySet().stream().map(e -> readingOf(e.getKey(), e.getValue()))
                .reduce(new Reading(0, 0), Reading::plus);
    }

    private String describe(Map<String, List<String>> inputs) {
        StringBuilder sb = new StringBuilder();
        inputs.forEach((g, t) -> {
            Reading r = readingOf(g, t);
            sb.append(g).append(" lag ").append(Reading.UNKNOWN.equals(r) ? "unknown" : Long.toString(r.lag()))
                    .append("; ");
        });
        return sb.toString();
    }

    /** Records not yet consumed by the group across its inputs, and records it has consumed. */
    private Reading readingOf(String group, List<String> topics) {
        try {
            if (!admin.listTopics().names().get().containsAll(topics)) return Reading.UNKNOWN;
            Map<TopicPartition, Long> ends = TopicOffsets.of(admin, topics, OffsetSpec.latest(), Duration.ofSeconds(30));
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            long lag = 0;
            long consumed = 0;
            for (var e : ends.entrySet()) {
                long end = e.getValue();
                OffsetAndMetadata c = committed.get(e.getKey());
                long position = c == null ? 0 : c.offset();
                lag += Math.max(0, end - position);
                consumed += position;
            }
            return new Reading(lag, consumed);
        } catch (ExecutionException | TimeoutException e) {
            return Reading.UNKNOWN;
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
