package org.newsagg.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsagg.app.NewsaggCommand;
import org.newsagg.app.ops.OpsServer;
import org.newsagg.ingest.IngestConfig;
import org.newsagg.ingest.feeds.FeedSource;
import org.newsagg.ingest.poll.FeedPoller;
import org.newsagg.ingest.publish.InMemoryArticleSink;
import org.newsagg.runtime.ListenAddress;
import picocli.CommandLine;

/** {@code ingest --help} names /feeds, and ingest's ops server answers it (it used to be a 404). */
class IngestFeedsEndpointTest {

    static HttpResponse<String> get(OpsServer server, String path) throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void feedsServesEveryFeedsHealthAsJsonInConfigurationOrder() throws Exception {
        FeedSource ftp = new FeedSource("ftp://127.0.0.1/feed.xml", "FTP Desk", null, null, List.of());
        FeedSource unpolled = FeedSource.of("http://127.0.0.1:9/never.xml");
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T06:00:00Z"), ZoneOffset.UTC);
        try (FeedPoller poller = new FeedPoller(List.of(ftp, unpolled), new InMemoryArticleSink(),
                        IngestConfig.defaults(), null, clock);
                OpsServer server = OpsServer.start(OpsServer.newRegistry("ingest"),
                        new ListenAddress(ListenAddress.LOOPBACK, "bind-address", 0, "port"), () -> true,
                        IngestCommand.opsDocuments(poller))) {
            poller.pollOnce(ftp.url());
            HttpResponse<String> r = get(server, "/feeds");
            assertEquals(200, r.statusCode());
            assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(null));
            ObjectMapper json = new ObjectMapper();
            assertEquals(json.readTree("""
                    {"feeds":[
                      {"url":"ftp://127.0.0.1/feed.xml","name":"FTP Desk","lastSuccess":null,
                       "lastError":"only http and https are fetched, not 'ftp'","consecutiveFailures":1,
                       "itemsSeen":0,"itemsNew":0,"publishFailures":0},
                      {"url":"http://127.0.0.1:9/never.xml","name":null,"lastSuccess":null,"lastError":null,
                       "consecutiveFailures":0,"itemsSeen":0,"itemsNew":0,"publishFailures":0}]}
                    """), json.readTree(r.body()));

            HttpResponse<String> unknown = get(server, "/feed");
            assertEquals(404, unknown.statusCode());
            assertEquals("{\"error\":\"no such path: try /metrics, /health, /ready or /feeds\"}", unknown.body());
        }
    }

    @Test
    void theHelpNamesTheFeedsPath() {
        // the usage message wraps its lines: compare the words
        String help = new CommandLine(new NewsaggCommand()).getSubcommands().get("ingest").getUsageMessage()
                .replaceAll("\\s+", " ");
        assertTrue(help.contains("/metrics, /health, /ready and /feeds (every feed's health as JSON)"), help);
    }
}
