package org.newsagg.app.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsagg.model.Settings;
import org.newsagg.runtime.ListenAddress;
import org.newsagg.testkit.RawHttp;

class OpsServerTest {

    static HttpResponse<String> get(OpsServer server, String path) throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The metric names of a Prometheus scrape that start with {@code prefix}, labels and values left out. */
    static Set<String> names(String scrape, String prefix) {
        Set<String> out = new TreeSet<>();
        for (String line : scrape.split("\n")) {
            if (line.startsWith(prefix)) out.add(line.split("[{ ]", 2)[0]);
        }
        return out;
    }

    @Test
    void everyStagesMetricsCarryTheJvmsMemoryGcThreadsAndCpu() throws Exception {
        try (OpsServer server = OpsServer.start(OpsServer.newRegistry("sink"), 0, () -> true)) {
            HttpResponse<String> r = get(server, "/metrics");
            assertEquals(200, r.statusCode());
            String body = r.body();
            Set<String> memory = names(body, "jvm_memory_");
            assertTrue(memory.containsAll(List.of("jvm_memory_used_bytes", "jvm_memory_committed_bytes",
                    "jvm_memory_max_bytes")), memory.toString());
            // The heap's pools are labelled area="heap", with the stage's tag like every other metric.
            assertTrue(body.lines().anyMatch(l -> l.startsWith("jvm_memory_used_bytes{area=\"heap\",")
                    && l.contains("stage=\"sink\"")), body);
            assertTrue(names(body, "jvm_threads_").contains("jvm_threads_live_threads"), body);
            assertTrue(names(body, "jvm_gc_").contains("jvm_gc_memory_allocated_bytes_total"), body);
            assertEquals(Set.of("system_cpu_count"), names(body, "system_cpu_count"));
            assertEquals(Set.of("process_cpu_usage"), names(body, "process_cpu_usage"));
        }
    }

    @Test
    void listensOnLoopbackByDefault() {
        Settings none = Settings.of(Map.of());
        try (OpsServer server = OpsServer.start(OpsServer.newRegistry("ingest"),
                ListenAddress.of(none, "newsagg.ingest.bind-address", 0, "--http-port"), () -> true)) {
            assertEquals("127.0.0.1", server.address().getAddress().getHostAddress());
        }
    }

    @Test
    void malformedAndOversizedRequestsToEveryEndpointAre400sAndOnlyTheExactPathsAnswer() throws Exception {
        try (OpsServer server = OpsServer.start(OpsServer.newRegistry("streams"), 0, () -> false)) {
            int port = server.port();
            for (String endpoint : List.of("/metrics", "/health", "/ready")) {
                assertEquals(new RawHttp.Reply(400, "{\"error\":\"path longer than 64 characters\"}"),
                        RawHttp.send(port, "GET", endpoint + "/" + "a".repeat(100_000)), endpoint);
                assertEquals(new RawHttp.Reply(400, "{\"error\":\"" + endpoint + " takes no parameters\"}"),
                        RawHttp.send(port, "GET", endpoint + "?x=" + "a".repeat(3000)), endpoint);
                assertEquals(new RawHttp.Reply(404, "{\"error\":\"no such path: try /metrics, /health or /ready\"}"),
                        RawHttp.send(port, "GET", endpoint + "z"), endpoint);
                assertEquals(new RawHttp.Reply(404, "{\"error\":\"no such path: try /metrics, /health or /ready\"}"),
                        RawHttp.send(port, "GET", endpoint + "%00"), endpoint);
                assertEquals(new RawHttp.Reply(405, "{\"error\":\"only GET is supported\"}"),
                        RawHttp.send(port, "POST", endpoint), endpoint);
                // not a URI: refused by the JDK's server before ours
                assertEquals(400, RawHttp.send(port, "GET", endpoint + "?a=%zz").status(), endpoint);
            }
            assertEquals(new RawHttp.Reply(200, "{\"status\":\"UP\"}"), RawHttp.send(port, "GET", "/health"));
            assertEquals(new RawHttp.Reply(503, "{\"ready\":false}"), RawHttp.send(port, "GET", "/ready"));
        }
    }

    @Test
    void metricsServeWhatReadyAnswersAsNewsaggReadyAtEachScrape() throws Exception {
        // Prometheus reads /metrics only: the alert on a stage that is up but not working needs /ready as a sample.
        java.util.concurrent.atomic.AtomicBoolean ready = new java.util.concurrent.atomic.AtomicBoolean(false);
        try (OpsServer server = OpsServer.start(OpsServer.newRegistry("streams"), 0, ready::get)) {
            assertTrue(get(server, "/metrics").body().lines()
                    .anyMatch(l -> l.equals("newsagg_ready{stage=\"streams\"} 0.0")), get(server, "/metrics").body());
            ready.set(true);
            assertTrue(get(server, "/metrics").body().lines()
                    .anyMatch(l -> l.equals("newsagg_ready{stage=\"streams\"} 1.0")), get(server, "/metrics").body());
            assertEquals(200, get(server, "/ready").statusCode());
        }
    }
}
