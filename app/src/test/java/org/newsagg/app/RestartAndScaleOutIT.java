package org.newsagg.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.core.type.TypeReference;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.app.demo.DemoPipeline;
import org.newsagg.app.demo.SampleFeeds;
import org.newsagg.ingest.replay.ArchiveReader;
import org.newsagg.model.Aggregate;
import org.newsagg.model.Article;
import org.newsagg.model.Json;
import org.newsagg.model.Settings;
import org.newsagg.sink.SinkConfig;
import org.newsagg.sink.SinkStage;
import org.newsagg.testkit.EmbeddedBroker;
import org.newsagg.testkit.IsolatedRun;

/**
 * Restarts and scale-out on a real broker. A replay stopped half-way (both stages closed) and resumed on the same
 * state ends with exactly the aggregates of an uninterrupted run; and two sink instances sharing the work answer
 * every key the same through either instance's API, whichever holds it.
 */
class RestartAndScaleOutIT {

    @RegisterExtension
    static final EmbeddedBroker kafka = new EmbeddedBroker();

    @TempDir
    static Path work;

    static Settings run(String name) {
        return IsolatedRun.settings(kafka.broker(), name);
    }

    static List<Article> samples(String dir) {
        return ArchiveReader.read(SampleFeeds.extractTo(work.resolve(dir))).articles();
    }

    @Test
    void aReplayStoppedHalfWayAndResumedEndsWithTheAggregatesOfAnUninterruptedRun() {
        List<Article> articles = samples("restart-feeds");
        Map<String, Aggregate> clean;
        try (DemoPipeline p = DemoPipeline.start(run("clean"), work.resolve("clean-state"), new SimpleMeterRegistry(), null)) {
            p.replayArticles(articles);
            p.awaitDrained(Duration.ofMinutes(2));
            clean = p.aggregates();
        }

        // Injected: both stages closed after the first half, then started again on the same state directories.
        Settings interrupted = run("restart");
        Path state = work.resolve("restart-state");
        int half = articles.size() / 2;
        try (DemoPipeline p = DemoPipeline.start(interrupted, state, new SimpleMeterRegistry(), null)) {
            p.replayArticles(articles.subList(0, half));
            p.awaitDrained(Duration.ofMinutes(2));
        }
        try (DemoPipeline p = DemoPipeline.start(interrupted, state, new SimpleMeterRegistry(), null)) {
            p.replayArticles(articles.subList(half, articles.size()));
            p.awaitDrained(Duration.ofMinutes(2));
            // Checked: the compacted view of the aggregates topic equals the clean run's, value for value.
            assertFalse(clean.isEmpty());
            assertEquals(new TreeMap<>(clean), new TreeMap<>(p.aggregates()));
        }
    }

    @Test
    void twoSinkInstancesAnswerEveryKeyTheSameThroughEitherApi() throws Exception {
        Settings settings = run("scale");
        try (DemoPipeline p = DemoPipeline.start(settings, work.resolve("scale-state-a"), new SimpleMeterRegistry(), null);
                SinkStage second = new SinkStage(SinkConfig.from(settings.with(Map.of(
                        "newsagg.sink.state-dir", work.resolve("scale-state-b").toString()))),
                        new SimpleMeterRegistry(), null).start()) {
            p.replayArticles(samples("scale-feeds"));
            p.awaitDrained(Duration.ofMinutes(2));
            Map<String, Aggregate> topic = p.aggregates();
            List<Integer> ports = List.of(p.sink().httpPort().orElseThrow(), second.httpPort().orElseThrow());

            // Every actor's daily windows, as the compacted topic holds them.
            Map<String, List<Aggregate>> expected = new TreeMap<>();
            topic.values().stream().filter(a -> a.dimension().equals("actor") && a.window().equals("1d"))
                    .sorted(java.util.Comparator.comparing(Aggregate::windowStart))
                    .forEach(a -> expected.computeIfAbsent(a.key(), k -> new java.util.ArrayList<>()).add(a));

            HttpClient http = HttpClient.newHttpClient();
            Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
            // Both instances hold part of the state, so some answers must be routed to the other instance.
            for (SinkStage stage : List.of(p.sink(), second)) {
                while (activeTasks(stage) == 0) {
                    if (Instant.now().isAfter(deadline)) throw new AssertionError("a sink instance got no task");
                    Thread.onSpinWait();
                }
            }
            for (int port : ports) {
                for (var e : expected.entrySet()) {
                    String url = "http://127.0.0.1:" + port + "/api/windows?dimension=actor&window=1d&key="
                            + URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                            + "&from=2025-03-09T00:00:00Z&to=2025-03-13T00:00:00Z";
                    List<Aggregate> answer = getUntilAnswered(http, url, deadline);
                    assertEquals(e.getValue(), answer, "instance on port " + port + " for " + e.getKey());
                }
            }
        }
    }

    static long activeTasks(SinkStage stage) {
        return stage.streams().metadataForLocalThreads().stream().mapToLong(t -> t.activeTasks().size()).sum();
    }

    /** Asks until the API answers 200: a rebalance moving state in from the second instance answers 503 meanwhile. */
    static List<Aggregate> getUntilAnswered(HttpClient http, String url, Instant deadline) throws Exception {
        while (true) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) return Json.MAPPER.readValue(r.body(), new TypeReference<List<Aggregate>>() {});
            if (Instant.now().isAfter(deadline)) throw new AssertionError(url + " answered " + r.statusCode() + ": " + r.body());
            Thread.onSpinWait();
        }
    }
}
