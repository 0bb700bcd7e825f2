package org.newsagg.app.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.cluster.TopicAdmin;
import org.newsagg.cluster.TopicLayout;
import org.newsagg.cluster.TopicSnapshot;
import org.newsagg.ingest.IngestConfig;
import org.newsagg.ingest.feeds.FeedSource;
import org.newsagg.ingest.poll.FeedHealth;
import org.newsagg.ingest.poll.FeedPoller;
import org.newsagg.ingest.publish.ArticlePublisher;
import org.newsagg.model.Settings;
import org.newsagg.model.Topics;
import org.newsagg.testkit.EmbeddedBroker;

/**
 * Live ingest against what goes wrong on the Kafka side, on a real broker: no broker at the address, no raw topic,
 * and an article the broker refuses until the topic is fixed. Before, ingest started regardless, and a refused
 * article was marked seen and counted new, never sent again, with the feed reported healthy.
 */
class IngestSendFailuresIT {

    @RegisterExtension
    static final EmbeddedBroker kafka = new EmbeddedBroker();

    @TempDir
    Path dir;

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    HttpServer server;

    @BeforeEach
    void serveFeed() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.minusSeconds(600).atOffset(java.time.ZoneOffset.UTC));
        String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Lyon Desk</title>"
                + "<link>https://lyon.example/</link>"
                + item("https://lyon.example/1", "Floods closed schools in Lyon", "Floods closed three schools.", date)
                + item("https://lyon.example/2", "Kenya opened a solar plant",
                        "Kenya opened a solar plant near Garissa. ".repeat(100), date)
                + "</channel></rss>";
        byte[] body = feed.getBytes(StandardCharsets.UTF_8);
        server.createContext("/feed", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    static String item(String link, String title, String text, String date) {
        return "<item><title>" + title + "</title><link>" + link + "</link><guid>" + link + "</guid><description>"
                + text + "</description><pubDate>" + date + "</pubDate></item>";
    }

    String feedUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed";
    }

    @Test
    void noBrokerAtTheAddressStopsIngestWithinTenSecondsNamingTheAddress() throws Exception {
        CommandRun run = assertTimeoutPreemptively(Duration.ofSeconds(40), () -> ingest("127.0.0.1:1", Map.of()));
        assertEquals(1, run.code(), run.err());
        assertEquals("Kafka at 127.0.0.1:1 (from --bootstrap-servers)\n"
                + "newsagg ingest: cannot reach Kafka at 127.0.0.1:1: no broker answered within 10 s. Check the address "
                + "(given by --bootstrap-servers) and that the brokers are up.", run.printed(), run.err());
        assertTrue(run.took().compareTo(Duration.ofSeconds(15)) < 0, "took " + run.took());
    }

    @Test
    void noRawTopicStopsIngestNamingTheTopicTheAddressAndTheFix() throws Exception {
        CommandRun run = assertTimeoutPreemptively(Duration.ofSeconds(40),
                () -> ingest(kafka.bootstrapServers(), ReplaySendFailuresIT.topics("nowhere")));
        assertEquals(1, run.code(), run.err());
        assertEquals("Kafka at " + kafka.bootstrapServers() + " (from --bootstrap-servers)\n"
                + "newsagg ingest: topic nowhere.news.raw does not exist on " + kafka.bootstrapServers()
                + ": run newsagg topics create, or set newsagg.topics.create=true", run.printed());
    }

    @Test
    void anArticleTheBrokerRefusesIsCountedAndSentAgainAtTheNextPollOnceTheTopicTakesIt() throws Exception {
        Map<String, String> s = new HashMap<>(ReplaySendFailuresIT.topics("retry"));
        s.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        Settings settings = Settings.of(s);
        String raw = Topics.from(settings).raw();
        Map<String, Object> client = Map.of("bootstrap.servers", kafka.bootstrapServers());
        try (Admin admin = Admin.create(client)) {
            new TopicAdmin(admin).create(TopicLayout.from(settings));
            maxMessageBytes(admin, raw, "2048"); // the 4 kB article does not fit
        }
        IngestConfig config = IngestConfig.from(settings);
        FeedSource source = new FeedSource(feedUrl(), "Lyon Desk", null, null, List.of());
        try (ArticlePublisher publisher = new ArticlePublisher(client, raw);
                FeedPoller poller = new FeedPoller(List.of(source), publisher, config, null, Clock.systemUTC())) {
            FeedHealth first = awaitSends(poller, source, 2);
            assertEquals(List.of(2L, 1L, 1L), List.of(first.itemsSeen(), first.itemsNew(), first.publishFailures()));
            assertTrue(first.lastError().startsWith("cannot publish "), first.lastError());

            try (Admin admin = Admin.create(client)) {
                maxMessageBytes(admin, raw, "1048588");
            }
            poller.pollOnce(source.url());
            FeedHealth second = awaitSends(poller, source, 3);
            assertEquals(List.of(4L, 2L, 1L), List.of(second.itemsSeen(), second.itemsNew(), second.publishFailures()));
        }
        List<ConsumerRecord<String, byte[]>> records = TopicSnapshot.readAll(client, raw, new ByteArrayDeserializer(),
                Duration.ofSeconds(30));
        assertEquals(2, records.size(), "each article stored once");
    }

    /** Polls once (when nothing was sent yet) and waits for {@code results} send results in all. */
    static FeedHealth awaitSends(FeedPoller poller, FeedSource source, long results) throws InterruptedException {
        if (results <= 2) poller.pollOnce(source.url());
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            FeedHealth h = poller.health().get(0);
            if (h.itemsNew() + h.publishFailures() >= results || Instant.now().isAfter(deadline)) return h;
            Thread.sleep(50);
        }
    }

    static void maxMessageBytes(Admin admin, String topic, String bytes) throws Exception {
        admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic),
                List.of(new AlterConfigOp(new ConfigEntry("max.message.bytes", bytes), AlterConfigOp.OpType.SET))))
                .all().get();
    }

    CommandRun ingest(String bootstrap, Map<String, String> settings) throws Exception {
        Path feeds = dir.resolve("feeds.yaml");
        Files.writeString(feeds, "feeds:\n  - url: " + feedUrl() + "\n    name: Lyon Desk\n");
        return CommandRun.execute(List.of("ingest", "--feeds", feeds.toString(), "--http-port", "-1",
                "--bootstrap-servers", bootstrap), settings);
    }
}
