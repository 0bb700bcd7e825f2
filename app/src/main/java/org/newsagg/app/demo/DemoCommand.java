package org.newsagg.app.demo;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsagg.app.cli.StageLifecycle;
import org.newsagg.cluster.KafkaConnection;
import org.newsagg.cluster.OwnBrokerOptions;
import org.newsagg.ingest.replay.ReplaySummary;
import org.newsagg.model.Aggregate;
import org.newsagg.sink.aggregate.Dimensions;
import org.newsagg.sink.codes.Codebook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "The whole pipeline on the bundled sample feeds: starts a broker (unless --bootstrap-servers), "
                + "creates the topics, replays the samples, runs the streams and sink stages and prints the rolling "
                + "aggregates. With --once it exits 0 when the replay has drained and the aggregates are printed.")
public final class DemoCommand implements Callable<Integer> {

    static final List<String> SHOWN = List.of(Dimensions.ACTOR, Dimensions.EVENT_ROOT, Dimensions.DYAD, Dimensions.OUTLET);

    @Option(names = "--once", description = "Exit after the aggregates are printed.")
    boolean once;

    @Option(names = "--window", defaultValue = "24h", description = "Window family whose current window the table "
            + "shows (default: ${DEFAULT-VALUE}, the last 24 hours, as on the live page).")
    String window;

    @Option(names = "--top", defaultValue = "6", description = "Rows per dimension (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--timeout", defaultValue = "120s", description = "How long to wait for the pipeline (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Mixin
    OwnBrokerOptions kafka;

    @Override
    public Integer call() throws Exception {
        Instant started = Instant.now();
        Path work = Files.createTempDirectory("newsagg-demo-");
        KafkaConnection conn = kafka.connect(3);
        // A demo's state belongs to its run: a fresh application id keeps a second demo on a shared broker apart.
        String run = Long.toString(started.toEpochMilli(), 36);
        var settings = conn.settings().with(Map.of(
                "newsagg.streams.application-id", "newsagg-demo-streams-" + run,
                "newsagg.sink.application-id", "newsagg-demo-sink-" + run));
        DemoPipeline pipeline;
        try {
            pipeline = DemoPipeline.start(settings, work.resolve("state"), new SimpleMeterRegistry(), null);
        } catch (RuntimeException e) {
            conn.close();
            deleteQuietly(work);
            throw e;
        }
        pipeline.sink().httpPort().ifPresent(port ->
                System.out.printf("Live page: http://127.0.0.1:%d/   (API: http://127.0.0.1:%d/api/top?dimension=actor&window=24h)%n",
                        port, port));
        try {
            List<Path> feeds = SampleFeeds.extractTo(work.resolve("samples"));
            ReplaySummary replay = pipeline.replay(feeds);
            System.out.printf("Replayed %d articles from %d sample feeds.%n", replay.articles(), feeds.size());
            pipeline.awaitDrained(org.newsagg.model.Settings.parseDuration("--timeout", timeout));
            Map<String, Aggregate> aggregates = pipeline.aggregates();
            Duration toFirst = Duration.between(started, Instant.now());
            // The page's numbers when the API is on (the same query API, the same window), else the topic's.
            AggregateTable table = pipeline.sink().readModel()
                    .map(model -> AggregateTable.fromApi(model, window, SHOWN, top))
                    .orElseGet(() -> AggregateTable.fromAggregates(aggregates.values(), window, SHOWN, top));
            table.print(Codebook.bundled(), System.out);
            System.out.printf("%n%d aggregates on %s, %.1f s from start to printed aggregates.%n", aggregates.size(),
                    pipeline.settings().get("newsagg.topic.aggregates", "news.aggregates"), toFirst.toMillis() / 1000.0);
            if (once) return 0;
            System.out.println("Pipeline running; Ctrl-C to stop.");
            // Closed in reverse order: the stages, then the broker, then their files.
            StageLifecycle.runUntilStopped(() -> deleteQuietly(work), conn, pipeline);
            return 0;
        } finally {
            if (once) {
                pipeline.close();
                conn.close();
                deleteQuietly(work);
            }
        }
    }

    static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
