package org.newsagg.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.streams.KafkaStreams;
import org.newsagg.cluster.PipelineDrain;
import org.newsagg.cluster.StageSourceTopics;
import org.newsagg.runtime.TopicOffsets;
import org.newsagg.sink.SinkConfig;
import org.newsagg.sink.SinkStage;
import org.newsagg.streams.StreamsStage;
import org.newsagg.streams.StreamsStageConfig;

/**
 * The streams and sink stages of one phase, started in this process on the phase's topics and waited for until
 * both are RUNNING, so that start-up is not counted against the pipeline.
 */
public final class RunningPipeline implements AutoCloseable {

    private final PhaseLayout layout;
    private final StreamsStage streams;
    private final SinkStage sink;

    private RunningPipeline(PhaseLayout layout, StreamsStage streams, SinkStage sink) {
        this.layout = layout;
        this.streams = streams;
        this.sink = sink;
    }

    public static RunningPipeline start(PhaseLayout layout, Duration timeout) {
        layout.createTopics();
        var registry = new SimpleMeterRegistry();
        StreamsStage streams = new StreamsStage(StreamsStageConfig.from(layout.settings()), registry).start();
        SinkStage sink = new SinkStage(SinkConfig.from(layout.settings()), registry, null).start();
        RunningPipeline pipeline = new RunningPipeline(layout, streams, sink);
        pipeline.awaitRunning(timeout);
        return pipeline;
    }

    private void awaitRunning(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (streams.state() != KafkaStreams.State.RUNNING || sink.streams().state() != KafkaStreams.State.RUNNING) {
            if (Instant.now().isAfter(deadline)) {
                close();
                throw new IllegalStateException("stages not RUNNING within " + timeout + ": streams "
                        + streams.state() + ", sink " + sink.streams().state());
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    /**
     * Waits until both stages have consumed everything written to their inputs so far, internal repartition topics
     * included: the sink's last aggregates are written only after it has read its own repartition topics.
     */
    public static void awaitDrained(PhaseLayout layout, Duration timeout) {
        try (Admin admin = Admin.create(layout.clientProperties())) {
            new PipelineDrain(admin).await(StageSourceTopics.byGroup(layout.settings()), timeout);
            requireNothingDeleted(admin, layout);
        }
    }

    /** Waits for both stages to drain however long it takes, failing only after {@code stall} without progress. */
    public static void awaitDrainedWhileProgressing(PhaseLayout layout, Duration stall) {
        try (Admin admin = Admin.create(layout.clientProperties())) {
            new PipelineDrain(admin).awaitWhileProgressing(StageSourceTopics.byGroup(layout.settings()), stall);
            requireNothingDeleted(admin, layout);
        }
    }

    /**
     * A drained pipeline has zero lag even when the broker deleted records before a stage read them (the consumer
     * jumps to the new log start), so a run measured on fewer articles than it claims would pass unnoticed.
     */
    static void requireNothingDeleted(Admin admin, PhaseLayout layout) {
        String raw = layout.topics().raw();
        long deleted;
        try {
            deleted = TopicOffsets.of(admin, List.of(raw), OffsetSpec.earliest(), Duration.ofSeconds(30)).values()
                    .stream().mapToLong(Long::longValue).sum();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not read the log start of " + raw + ": " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the log start of " + raw, e);
        }
        if (deleted > 0) {
            throw new IllegalStateException("the broker deleted the first " + deleted + " records of "
                    + raw + " (retention) before the run ended: the figures would not be for the"
                    + " whole corpus");
        }
    }

    public void awaitDrained(Duration timeout) {
        awaitDrained(layout, timeout);
    }

    /** Commits each stage's stream threads have made so far. */
    public StageCommits commits() {
        return new StageCommits(StageCommits.of(streams.streams()), StageCommits.of(sink.streams()));
    }

    /** The streams stage's Kafka Streams, for its metrics. */
    public KafkaStreams streamsStreams() {
        return streams.streams();
    }

    /** The sink stage's Kafka Streams, for its metrics. */
    public KafkaStreams sinkStreams() {
        return sink.streams();
    }

    @Override
    public void close() {
        sink.close();
        streams.close();
    }
}
