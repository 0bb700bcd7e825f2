package org.newsagg.app.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.cluster.TopicAdmin;
import org.newsagg.cluster.TopicLayout;
import org.newsagg.cluster.TopicSnapshot;
import org.newsagg.model.Settings;
import org.newsagg.model.Topics;
import org.newsagg.testkit.EmbeddedBroker;

/**
 * {@code newsagg ingest} stopped and started again, as child JVMs on a real broker, over one state directory: the
 * second run sends the saved ETag and publishes nothing it had published. Before, validators and seen ids lived in
 * memory, and every restart re-published everything the feeds still listed.
 */
class IngestRestartIT {

    @RegisterExtension
    static final EmbeddedBroker kafka = new EmbeddedBroker();

    static final String ETAG = "\"lyon-1\"";

    @TempDir
    Path dir;

    HttpServer server;
    final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();

    @BeforeEach
    void serveFeeds() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600).atOffset(java.time.ZoneOffset.UTC));
        byte[] withEtag = rss("Lyon Desk", "https://lyon.example/", date).getBytes(StandardCharsets.UTF_8);
        byte[] plain = rss("Nairobi Desk", "https://nairobi.example/", date).getBytes(StandardCharsets.UTF_8);
        server.createContext("/etag", exchange -> {
            String asked = exchange.getRequestHeaders().getFirst("If-None-Match");
            if (asked != null) ifNoneMatch.add(asked);
            if (ETAG.equals(asked)) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("ETag", ETAG);
            send(exchange, withEtag);
        });
        server.createContext("/plain", exchange -> send(exchange, plain)); // no validators: lists its items again
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    static String rss(String title, String site, String date) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + title + "</title><link>" + site
                + "</link>" + item(site + "1", "Floods closed schools", date) + item(site + "2", "A solar plant opened", date)
                + "</channel></rss>";
    }

    static String item(String link, String title, String date) {
        return "<item><title>" + title + "</title><link>" + link + "</link><guid>" + link + "</guid><description>"
                + title + ".</description><pubDate>" + date + "</pubDate></item>";
    }

    static void send(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void aRestartedIngestAsksConditionallyAndPublishesNothingItHadPublished() throws Exception {
        Map<String, String> s = new HashMap<>(ReplaySendFailuresIT.topics("restart"));
        s.put("newsagg.ingest.state-dir", dir.resolve("ingest-state").toString());
        Map<String, String> withBroker = new HashMap<>(s);
        withBroker.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        Settings settings = Settings.of(withBroker);
        String raw = Topics.from(settings).raw();
        Map<String, Object> client = Map.of("bootstrap.servers", kafka.bootstrapServers());
        try (Admin admin = Admin.create(client)) {
            new TopicAdmin(admin).create(TopicLayout.from(settings));
        }
        Path feeds = dir.resolve("feeds.yaml");
        Files.writeString(feeds, "feeds:\n  - url: " + url("/etag") + "\n    name: Lyon Desk\n"
                + "  - url: " + url("/plain") + "\n    name: Nairobi Desk\n");

        JsonNode first = runUntilPolled(feeds, s, "ingest-restart-1.log",
                f -> f.path("itemsNew").asLong() == 2 || !f.path("lastError").isNull());
        assertEquals(List.of(List.of(2L, 2L, 0L), List.of(2L, 2L, 0L)), counts(first));
        assertEquals(List.of(), ifNoneMatch);
        try (var files = Files.list(dir.resolve("ingest-state"))) {
            assertEquals(2, files.filter(f -> f.toString().endsWith(".json")).count(), "one state file per feed");
        }

        JsonNode second = runUntilPolled(feeds, s, "ingest-restart-2.log", f -> !f.path("lastSuccess").isNull()
                || !f.path("lastError").isNull());
        // Lyon: a 304 to the saved ETag, nothing read; Nairobi: both items read again, both known as published
        assertEquals(List.of(List.of(0L, 0L, 0L), List.of(2L, 0L, 0L)), counts(second));
        assertEquals(List.of(ETAG), ifNoneMatch);

        List<ConsumerRecord<String, byte[]>> records = TopicSnapshot.readAll(client, raw, new ByteArrayDeserializer(),
                Duration.ofSeconds(30));
        assertEquals(List.of("https://lyon.example/1", "https://lyon.example/2", "https://nairobi.example/1",
                        "https://nairobi.example/2"),
                records.stream().map(r -> readTree(r.value()).path("url").asText()).sorted().toList());
    }

    /**
     * Starts {@code newsagg ingest}, waits (30 s at most) until {@code /feeds} shows every feed meeting
     * {@code polled}, stops it with SIGTERM (its orderly shutdown saves the state) and returns that answer.
     */
    JsonNode runUntilPolled(Path feeds, Map<String, String> settings, String log, Predicate<JsonNode> polled)
            throws Exception {
        int port = StageProcess.freePort();
        try (StageProcess ingest = StageProcess.start("ingest", List.of("--feeds", feeds.toString(), "--http-port",
                Integer.toString(port)), kafka.bootstrapServers(), settings, log)) {
            Instant deadline = Instant.now().plusSeconds(30);
            while (true) {
                JsonNode answer = feedsOf(port);
                if (answer != null) {
                    boolean all = true;
                    for (JsonNode f : answer.path("feeds")) all &= polled.test(f);
                    if (all && answer.path("feeds").size() == 2) return answer;
                }
                assertTrue(ingest.alive(), "ingest stopped: " + ingest.tail());
                assertTrue(Instant.now().isBefore(deadline), "feeds not polled within 30 s: " + answer + "\n"
                        + ingest.tail());
                Thread.sleep(100); // polling /feeds, with the deadline above
            }
        }
    }

    static JsonNode feedsOf(int port) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/feeds")).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? new ObjectMapper().readTree(r.body()) : null;
        } catch (IOException e) {
            return null; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Each feed's itemsSeen, itemsNew and publishFailures, in the feed list's order. */
    static List<List<Long>> counts(JsonNode feeds) {
        List<List<Long>> out = new java.util.ArrayList<>();
        for (JsonNode f : feeds.path("feeds")) {
            out.add(List.of(f.path("itemsSeen").asLong(), f.path("itemsNew").asLong(),
                    f.path("publishFailures").asLong()));
        }
        return out;
    }

    static JsonNode readTree(byte[] value) {
        try {
            return new ObjectMapper().readTree(value);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
