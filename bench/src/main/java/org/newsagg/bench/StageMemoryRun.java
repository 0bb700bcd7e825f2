package org.newsagg.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;

/**
 * Memory of the streams and sink stages after many articles: each stage runs as its own JVM (as in production),
 * the corpus is generated and produced as it goes (never held whole), and heap and RSS are sampled every second
 * until both stages have drained. Every {@link #LIVE_EVERY} both stages are also collected in full and their live
 * heap noted with how far the streams stage has got, so a run shows whether what they retain grows with the
 * articles seen or levels off.
 */
public final class StageMemoryRun {

    static final Duration LIVE_EVERY = Duration.ofMinutes(1);

    /** What was run and what each stage used. */
    public record Result(long articles, double seconds, String maxHeap, List<StageMemory> stages,
            List<LiveHeap> liveHeap) {}

    /**
     * Both stages at one moment: the articles each had reached ({@code articles}: raw records the streams stage
     * had read; {@code sinkArticles}: tagged and duplicate records the sink had fetched), their live heap after a
     * full collection and their resident set. The sink runs behind the streams stage, so its memory is read
     * against its own count.
     */
    public record LiveHeap(double seconds, long articles, long sinkArticles, double streamsMb, double sinkMb,
            double streamsRssMb, double sinkRssMb) {}

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
        List<LiveHeap> live = new CopyOnWriteArrayList<>();
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
            sampler.scheduleAtFixedRate(() -> live.add(liveHeap(start, streams, sink)),
                    LIVE_EVERY.toSeconds(), LIVE_EVERY.toSeconds(), TimeUnit.SECONDS);
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
            // A million articles take hours to drain: only a stall is a failure.
            RunningPipeline.awaitDrainedWhileProgressing(layout, timeout);
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.shutdownNow();
            List<StageMemory> stages = List.of(streams.measure(), sink.measure());
            live.add(new LiveHeap(seconds, readByStreams(), sinkArticles(sink), stages.get(0).liveHeapMb(),
                    stages.get(1).liveHeapMb(), stages.get(0).rssMb(), stages.get(1).rssMb()));
            return new Result(spec.articles(), seconds, maxHeap, stages, List.copyOf(live));
        } finally {
            sampler.shutdownNow();
        }
    }

    private LiveHeap liveHeap(long start, StageProcess streams, StageProcess sink) {
        return new LiveHeap((System.nanoTime() - start) / 1e9, readByStreams(), sinkArticles(sink),
                streams.liveHeapMb(), sink.liveHeapMb(), streams.rssMb(), sink.rssMb());
    }

    private long sinkArticles(StageProcess sink) {
        return sink.recordsFetched(List.of(layout.topics().tagged(), layout.topics().duplicates()));
    }

    /** Raw records the streams stage has committed: the articles it has read so far. */
    private long readByStreams() {
        try (Admin admin = Admin.create(layout.clientProperties())) {
            return admin.listConsumerGroupOffsets(layout.streamsApplicationId()).partitionsToOffsetAndMetadata()
                    .get(10, TimeUnit.SECONDS).entrySet().stream()
                    .filter(e -> e.getKey().topic().equals(layout.topics().raw()) && e.getValue() != null)
                    .mapToLong(e -> e.getValue().offset()).sum();
        } catch (ExecutionException | TimeoutException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
