package org.newsagg.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The whole pipeline's throughput: the corpus replayed onto the raw topic as fast as the producer sends it,
 * timed from the first send until both stages have drained their inputs.
 */
public final class PipelineThroughputRun {

    /** Throughput of the run, where the articles ended up, and what the sink wrote for them. */
    public record Result(Throughput throughput, PipelineOutput output, SinkWrites sinkWrites) {}

    private final PhaseLayout layout;
    private final Duration timeout;

    public PipelineThroughputRun(PhaseLayout layout, Duration timeout) {
        this.layout = layout;
        this.timeout = timeout;
    }

    public Result run(List<GeneratedArticle> corpus) {
        AtomicLong failures = new AtomicLong();
        long elapsed;
        SinkWrites writes;
        try (RunningPipeline pipeline = RunningPipeline.start(layout, timeout);
                ArticleProducer producer = new ArticleProducer(layout.clientProperties())) {
            String raw = layout.topics().raw();
            long start = System.nanoTime();
            for (GeneratedArticle g : corpus) {
                producer.send(raw, g.article(), (m, e) -> {
                    if (e != null) failures.incrementAndGet();
                });
            }
            producer.flush();
            pipeline.awaitDrained(timeout);
            elapsed = System.nanoTime() - start;
            writes = SinkWrites.of(pipeline.sinkStreams(), layout.topics().aggregates(), corpus.size());
        }
        if (failures.get() > 0) throw new IllegalStateException(failures.get() + " articles were not produced");
        return new Result(Throughput.of(corpus.size(), elapsed), PipelineOutput.read(layout, timeout), writes);
    }
}
