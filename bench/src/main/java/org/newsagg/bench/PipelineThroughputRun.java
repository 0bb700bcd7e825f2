package org.newsagg.bench;

import java.time.Duration;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The whole pipeline's throughput: the corpus replayed onto the raw topic as fast as the producer sends it,
 * timed from the first send until both stages have drained their inputs.
 */
public final class PipelineThroughputRun {

    /**
     * Throughput of the run, where the articles ended up, what the sink wrote for them, the CPU each part of the
     * pipeline spent per article, and the records per article both stages sent to each topic (internal ones
     * included, named without the phase's prefix; {@link ProducedRecords}).
     */
    public record Result(Throughput throughput, PipelineOutput output, SinkWrites sinkWrites, PipelineCpu cpu,
            SortedMap<String, Double> writesPerArticle, StageCommits commits) {

        public Result {
            writesPerArticle = new TreeMap<>(writesPerArticle);
        }
    }

    private final PhaseLayout layout;
    private final Duration timeout;
    private final ThreadGroup brokerThreads;

    public PipelineThroughputRun(PhaseLayout layout, Duration timeout) {
        this(layout, timeout, null);
    }

    /** {@code brokerThreads}: the group the broker's threads run in when it runs in this process, or null. */
    public PipelineThroughputRun(PhaseLayout layout, Duration timeout, ThreadGroup brokerThreads) {
        this.layout = layout;
        this.timeout = timeout;
        this.brokerThreads = brokerThreads;
    }

    public Result run(List<GeneratedArticle> corpus) {
        AtomicLong failures = new AtomicLong();
        long elapsed;
        SinkWrites writes;
        PipelineCpu cpu;
        StageCommits commits;
        SortedMap<String, Double> writesPerArticle = new TreeMap<>();
        try (RunningPipeline pipeline = RunningPipeline.start(layout, timeout);
                ArticleProducer producer = new ArticleProducer(layout.clientProperties())) {
            String raw = layout.topics().raw();
            ThreadCpu cpuBefore = ThreadCpu.now();
            StageCommits commitsBefore = pipeline.commits();
            long start = System.nanoTime();
            for (GeneratedArticle g : corpus) {
                producer.send(raw, g.article(), (m, e) -> {
                    if (e != null) failures.incrementAndGet();
                });
            }
            producer.flush();
            pipeline.awaitDrained(timeout);
            elapsed = System.nanoTime() - start;
            // Before the stages close: their threads' CPU goes with them.
            cpu = PipelineCpu.between(cpuBefore, ThreadCpu.now(), layout, brokerThreads, corpus.size());
            commits = pipeline.commits().since(commitsBefore);
            writes = SinkWrites.of(pipeline.sinkStreams(), layout.topics().aggregates(), corpus.size());
            // The stages were started for this run and sent nothing before its first article.
            for (var stage : List.of(pipeline.streamsStreams(), pipeline.sinkStreams())) {
                ProducedRecords.byTopic(stage).forEach((topic, n) -> writesPerArticle.merge(layout.withoutPrefix(topic),
                        corpus.isEmpty() ? 0 : (double) n / corpus.size(), Double::sum));
            }
        }
        if (failures.get() > 0) throw new IllegalStateException(failures.get() + " articles were not produced");
        return new Result(Throughput.of(corpus.size(), elapsed), PipelineOutput.read(layout, timeout), writes, cpu,
                writesPerArticle, commits);
    }
}
