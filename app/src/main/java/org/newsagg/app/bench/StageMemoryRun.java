package org.newsagg.app.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Memory of the streams and sink stages after many articles: each stage runs as its own JVM (as in production),
 * the corpus is generated and produced as it goes (never held whole), and heap and RSS are sampled every second
 * until both stages have drained.
 */
public final class StageMemoryRun {

    /** What was run and what each stage used. */
    public record Result(long articles, double seconds, String maxHeap, List<StageMemory> stages) {}

    private final PhaseLayout layout;
    private final String bootstrapServers;
    private final String maxHeap;
    private final Path logDir;
    private final Duration timeout;

    public StageMemoryRun(PhaseLayout layout, String bootstrapServers, String maxHeap, Path logDir, Duration timeout) {
        this.layout = layout;
        this.bootstrapServers = bootstrapServers;
        this.maxHeap = maxHeap;
        this.logDir = logDir;
        this.timeout = timeout;
    }

    public Result run(CorpusSpec spec) {
        layout.createTopics();
        var sampler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "bench-memory-sampler"));
        AtomicLong failures = new AtomicLong();
        try (StageProcess streams = StageProcess.start("streams", bootstrapServers, layout.overrides(), maxHeap,
                        logDir.resolve("streams-stage.log"));
                StageProcess sink = StageProcess.start("sink", bootstrapServers, layout.overrides(), maxHeap,
                        logDir.resolve("sink-stage.log"))) {
            streams.connect(Duration.ofSeconds(60));
            sink.connect(Duration.ofSeconds(60));
            sampler.scheduleAtFixedRate(() -> {
                streams.sample();
                sink.sample();
            }, 0, 1, TimeUnit.SECONDS);
            long start = System.nanoTime();
            try (ArticleProducer producer = new ArticleProducer(layout.clientProperties())) {
                SyntheticCorpus corpus = SyntheticCorpus.of(spec);
                String raw = layout.topics().raw();
                while (corpus.hasNext()) {
                    producer.send(raw, corpus.next().article(), (m, e) -> {
                        if (e != null) failures.incrementAndGet();
                    });
                }
                producer.flush();
            }
            if (failures.get() > 0) throw new IllegalStateException(failures.get() + " articles were not produced");
            RunningPipeline.awaitDrained(layout, timeout);
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.shutdownNow();
            return new Result(spec.articles(), seconds, maxHeap, List.of(streams.measure(), sink.measure()));
        } finally {
            sampler.shutdownNow();
        }
    }
}
