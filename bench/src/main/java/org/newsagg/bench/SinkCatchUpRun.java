package org.newsagg.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.newsagg.cluster.PipelineDrain;
import org.newsagg.cluster.StageSourceTopics;
import org.newsagg.sink.SinkConfig;
import org.newsagg.sink.SinkStage;

/**
 * The sink alone, catching up on a backlog: a fresh sink (own application id, state and aggregates topic) over the
 * tagged and duplicates topics the pipeline phase wrote, timed from RUNNING until it has drained them. The pipeline
 * phase paces the sink at the streams stage's speed; here the sink reads as fast as it can, as after a restart, a
 * replay or a busy hour, which is where its write amplification costs most.
 */
public final class SinkCatchUpRun {

    /**
     * @param throughput the backlog's raw articles (the pipeline phase's corpus) over the seconds from RUNNING to
     *                   drained
     * @param writes     what this sink wrote for them
     */
    public record Result(Throughput throughput, SinkWrites writes) {}

    private final PhaseLayout layout;
    private final Duration timeout;

    /** {@code layout}: the catch-up phase's own layout, reading the pipeline phase's sink inputs. */
    public SinkCatchUpRun(PhaseLayout layout, Duration timeout) {
        this.layout = layout;
        this.timeout = timeout;
    }

    public Result run(long articles) {
        layout.createTopics();
        long elapsed;
        SinkWrites writes;
        try (SinkStage sink = new SinkStage(SinkConfig.from(layout.settings()), new SimpleMeterRegistry(), null)) {
            sink.start();
            Instant deadline = Instant.now().plus(timeout);
            while (sink.streams().state() != KafkaStreams.State.RUNNING) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("catch-up sink not RUNNING within " + timeout + ": "
                            + sink.streams().state());
                }
                LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
            }
            long start = System.nanoTime();
            try (Admin admin = Admin.create(layout.clientProperties())) {
                String group = layout.sinkApplicationId();
                new PipelineDrain(admin).await(java.util.Map.of(group,
                        StageSourceTopics.byGroup(layout.settings()).get(group)), timeout);
            }
            elapsed = System.nanoTime() - start;
            writes = SinkWrites.of(sink.streams(), layout.topics().aggregates(), articles);
        }
        return new Result(Throughput.of(articles, elapsed), writes);
    }
}
