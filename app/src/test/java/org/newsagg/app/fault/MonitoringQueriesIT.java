package org.newsagg.app.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.app.monitoring.MonitoringQueries;
import org.newsagg.broker.EmbeddedKafkaBroker;
import org.newsagg.cluster.TopicAdmin;
import org.newsagg.cluster.TopicLayout;
import org.newsagg.model.Settings;
import org.newsagg.model.Topics;

/**
 * Every metric name the shipped alert rules and Grafana dashboard query is served by a running stage: ingest (one
 * feed served by the test, one that fails), streams and sink as child processes on a real broker, with articles
 * going through. A misspelt name, or a meter a stage no longer registers, fails here rather than as an empty panel
 * or an alert that can never fire.
 */
class MonitoringQueriesIT {

    @TempDir
    static Path work;

    static EmbeddedKafkaBroker broker;
    static HttpServer feeds;
    static StageProcess ingest;
    static StageProcess streams;
    static StageProcess sink;
    static final Map<String, Integer> ports = new LinkedHashMap<>();

    @BeforeAll
    static void runThePipeline() throws Exception {
        broker = EmbeddedKafkaBroker.start(null, 3);
        Map<String, String> s = new HashMap<>();
        List<String> defaults = Topics.DEFAULT.all();
        for (int i = 0; i < Topics.SETTINGS.size(); i++) s.put(Topics.SETTINGS.get(i), "mon." + defaults.get(i));
        s.put("newsagg.streams.application-id", "mon-streams");
        s.put("newsagg.sink.application-id", "mon-sink");
        s.put("newsagg.streams.state-dir", work.resolve("streams-state").toString());
        s.put("newsagg.sink.state-dir", work.resolve("sink-state").toString());
        s.put("newsagg.ingest.state-dir", work.resolve("ingest-state").toString());
        ports.put("ingest", StageProcess.freePort());
        ports.put("streams", StageProcess.freePort());
        ports.put("sink", StageProcess.freePort());
        s.put("newsagg.streams.http-port", Integer.toString(ports.get("streams")));
        s.put("newsagg.sink.metrics-port", Integer.toString(ports.get("sink")));
        s.put("newsagg.sink.http-port", "-1");
        Map<String, String> withBroker = new HashMap<>(s);
        withBroker.put("kafka.bootstrap.servers", broker.bootstrapServers());
        Settings settings = Settings.of(withBroker);
        Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());
        try (Admin admin = Admin.create(client)) {
            new TopicAdmin(admin).create(TopicLayout.from(settings));
        }
        feeds = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] rss = rss(Instant.now().minus(Duration.ofHours(1))).getBytes(StandardCharsets.UTF_8);
        feeds.createContext("/world.xml", ex -> {
            ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, rss.length);
            try (var out = ex.getResponseBody()) {
                out.write(rss);
            }
        });
        feeds.start();
        Path feedList = work.resolve("feeds.yaml");
        Files.writeString(feedList, "feeds:\n"
                + "  - url: http://127.0.0.1:" + feeds.getAddress().getPort() + "/world.xml\n    name: World Desk\n"
                + "  - url: http://127.0.0.1:" + StageProcess.freePort() + "/down.xml\n    name: Down Desk\n");
        streams = StageProcess.start("streams", broker.bootstrapServers(), s, "monitoring-streams.log");
        sink = StageProcess.start("sink", broker.bootstrapServers(), s, "monitoring-sink.log");
        ingest = StageProcess.start("ingest", List.of("--feeds", feedList.toString(), "--http-port",
                Integer.toString(ports.get("ingest"))), broker.bootstrapServers(), s, "monitoring-ingest.log");
        // Some meters appear with their first record (a dedupe verdict): a few articles, not waited for here; the
        // test scrapes until the names are served.
        StoryArchive.publishRaw(client, settings, StoryArchive.generate(2, 11L, StoryArchive.recentStart()).articles());
    }

    /** Killed, not stopped: nothing here depends on an orderly shutdown, and three of them take a while. */
    @AfterAll
    static void stop() throws Exception {
        for (StageProcess stage : new StageProcess[] {ingest, sink, streams}) {
            if (stage != null) stage.kill();
        }
        if (feeds != null) feeds.stop(0);
        if (broker != null) broker.close();
    }

    static String rss(Instant published) {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(published.atOffset(ZoneOffset.UTC));
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>World Desk</title>"
                + "<link>https://world.example/</link><description>news</description>"
                + "<item><title>Brazil and Poland sign a grain accord</title><link>https://world.example/a/1</link>"
                + "<description>The two governments agreed on harbor grain.</description><pubDate>" + date
                + "</pubDate></item></channel></rss>";
    }

    @Test
    void everyMetricTheAlertsAndTheDashboardQueryIsServedByARunningStage() throws Exception {
        Map<String, String> queries = new LinkedHashMap<>(MonitoringQueries.alertExpressions());
        queries.putAll(MonitoringQueries.dashboardExpressions());
        Set<String> queried = new TreeSet<>();
        queries.values().forEach(q -> queried.addAll(MonitoringQueries.metricNames(q)));
        queried.removeAll(MonitoringQueries.MADE_BY_PROMETHEUS);

        // Scrapes until every queried name is served or 45 s pass: some meters appear once the stage serves, or its
        // first record or measurement is in (a dedupe verdict, the lag meter's first read).
        Instant deadline = Instant.now().plus(Duration.ofSeconds(45));
        Set<String> served;
        do {
            served = new TreeSet<>();
            for (var stage : ports.entrySet()) {
                PrometheusScrape scrape = PrometheusScrape.of(stage.getValue());
                Path dump = StageProcess.LOGS.resolve("monitoring-" + stage.getKey() + ".prom");
                Files.writeString(dump, String.join("\n", scrape.samples().keySet()));
                served.addAll(scrape.samples().keySet().stream().map(MonitoringQueriesIT::servedName).toList());
            }
            if (served.containsAll(queried)) break;
            Thread.sleep(500);
        } while (Instant.now().isBefore(deadline));

        Map<String, Set<String>> unserved = new TreeMap<>();
        for (var query : queries.entrySet()) {
            Set<String> missing = new TreeSet<>(MonitoringQueries.metricNames(query.getValue()));
            missing.removeAll(MonitoringQueries.MADE_BY_PROMETHEUS);
            missing.removeAll(served);
            if (!missing.isEmpty()) unserved.put(query.getKey(), missing);
        }
        assertEquals(Map.of(), unserved, "queried but served by no stage (scrapes in " + StageProcess.LOGS + ")");
    }

    static String servedName(String sample) {
        int brace = sample.indexOf('{');
        return brace < 0 ? sample : sample.substring(0, brace);
    }
}
