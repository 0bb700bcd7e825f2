package org.newsagg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.newsagg.cluster.KafkaConnection;
import org.newsagg.cluster.OwnBrokerOptions;
import org.newsagg.model.Json;
import org.newsagg.model.Settings;
import org.newsagg.runtime.StageSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks the pipeline on a synthetic corpus: raw Kafka pass-through and the in-process "
                + "reference (the stages' topologies with no Kafka) against the whole pipeline (exactly-once), latency at a fixed rate, and the streams and sink stages' memory as child JVMs. "
                + "Prints a table; --out writes the report as JSON. See docs/benchmarks.md.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "20000", description = "Articles of the throughput runs (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--size", defaultValue = "1500", description = "Text size in characters, e.g. 1500 or 5000 (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--dup-share", defaultValue = "0.2", description = "Share of copies: near copies and re-polls (default: ${DEFAULT-VALUE}).")
    double dupShare;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--days", description = "Spread the throughput corpus's publication times over this many days. "
            + "Without it they come at 50,000 articles a day (20,000 articles span 9.6 hours); the warm-up and "
            + "memory corpora keep the throughput corpus's density.")
    Double days;

    @Option(names = "--pipeline-warmup", defaultValue = "4000",
            description = "Articles the whole pipeline takes on topics of its own before the timed run, so that it is "
                    + "timed with compiled code; 0 skips it (default: ${DEFAULT-VALUE}).")
    int pipelineWarmup;

    @Option(names = "--rate", defaultValue = "100", description = "Offered rate of the latency run, articles/s (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--latency-warmup", defaultValue = "5s",
            description = "How long the latency run offers before the articles it measures: freshly started stages "
                    + "settle in their first seconds (default: ${DEFAULT-VALUE}).")
    String latencyWarmup;

    @Option(names = "--latency-duration", defaultValue = "30s", description = "How long the latency run offers; 0s skips it (default: ${DEFAULT-VALUE}).")
    String latencyDuration;

    @Option(names = "--memory-articles", defaultValue = "100000",
            description = "Articles of the memory run (1000000 shows a heap flat over a long run, in hours); "
                    + "0 skips it (default: ${DEFAULT-VALUE}).")
    int memoryArticles;

    @Option(names = "--stage-heap", defaultValue = "512m", description = "-Xmx of the stage JVMs of the memory run (default: ${DEFAULT-VALUE}).")
    String stageHeap;

    @Option(names = "--timeout", defaultValue = "30m",
            description = "Longest wait for any one phase step; the memory run's drain fails only after this long "
                    + "without progress (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report as JSON to FILE.")
    Path out;

    @Option(names = "--catch-up",
            description = "Run both stages with the catch-up profile (newsagg.streams.catch-up and "
                    + "newsagg.sink.catch-up, as the stage commands' --catch-up) in the phases that run them in this "
                    + "process: pipeline, sink catching up and latency (which then measures the profile's longer "
                    + "commits). The memory run's stage processes take only their phase's own settings.")
    boolean catchUp;

    @Mixin
    OwnBrokerOptions kafka;

    @Override
    public Integer call() throws IOException {
        Duration span = days == null ? BenchPlan.spanAtDefaultDensity(articles)
                : Duration.ofMillis(Math.round(days * Duration.ofDays(1).toMillis()));
        BenchPlan plan = new BenchPlan(
                new CorpusSpec(articles, size, dupShare, seed, BenchPlan.defaultStart(span), span, false),
                pipelineWarmup, rate, Settings.parseDuration("--latency-warmup", latencyWarmup),
                Settings.parseDuration("--latency-duration", latencyDuration), memoryArticles, stageHeap,
                Settings.parseDuration("--timeout", timeout));
        quietStartupNoise();
        Path work = Files.createTempDirectory("newsagg-bench-");
        ThreadGroup brokerThreads = new ThreadGroup("newsagg-bench-broker");
        try (KafkaConnection conn = connectIn(brokerThreads)) {
            Settings settings = catchUp ? conn.settings().with(Map.of(StageSettings.catchUpKey("streams"), "true",
                    StageSettings.catchUpKey("sink"), "true")) : conn.settings();
            BenchReport report = new BenchHarness(plan, settings, conn.clientProperties(), work,
                    conn.embedded() == null ? null : brokerThreads).run(System.err);
            ReportTable.print(report, System.out);
            if (out != null) {
                Files.writeString(out, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n");
                System.out.println("\nreport written to " + out);
            }
            return 0;
        } finally {
            deleteQuietly(work);
        }
    }

    /**
     * Connects, or starts the broker, from a thread of {@code group}: the threads a broker started here creates
     * belong to that group, and so do the threads they create, which is how the report tells the broker's CPU from
     * the stages' in the same process.
     */
    private KafkaConnection connectIn(ThreadGroup group) {
        FutureTask<KafkaConnection> connect = new FutureTask<>(() -> kafka.connect(3));
        Thread starter = new Thread(group, connect, "bench-connect");
        starter.start();
        try {
            return connect.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting", e);
        }
    }

    /**
     * Every phase starts Streams applications on fresh topics, and their admin clients log an ERROR per changelog
     * topic not created yet; they retry and succeed, and the table must stay readable.
     */
    private static void quietStartupNoise() {
        if (org.slf4j.LoggerFactory.getLogger("org.apache.kafka.clients.admin.internals.PartitionLeaderStrategy")
                instanceof ch.qos.logback.classic.Logger logger) {
            logger.setLevel(ch.qos.logback.classic.Level.OFF);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
