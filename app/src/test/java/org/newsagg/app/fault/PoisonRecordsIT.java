package org.newsagg.app.fault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.broker.EmbeddedKafkaBroker;
import org.newsagg.cluster.PipelineDrain;
import org.newsagg.cluster.StageSourceTopics;
import org.newsagg.cluster.TopicAdmin;
import org.newsagg.cluster.TopicLayout;
import org.newsagg.cluster.TopicSnapshot;
import org.newsagg.ingest.publish.ArticlePublisher;
import org.newsagg.model.Aggregate;
import org.newsagg.model.Article;
import org.newsagg.model.DeadLetters;
import org.newsagg.model.NewsSerdes;
import org.newsagg.model.Settings;
import org.newsagg.model.Topics;

/**
 * Poison on every input topic of a running pipeline (both stages as child processes on a real broker): records that
 * are not JSON, JSON of the wrong schema and 1 MB of garbage, between two batches of good articles, plus one
 * article published a day too late. Injected once for the whole class; each test checks one consequence.
 */
class PoisonRecordsIT {

    static final Instant START = StoryArchive.recentStart();
    static final Instant BATCH_TIME = START.plus(Duration.ofMinutes(30));

    @TempDir
    static Path work;

    static EmbeddedKafkaBroker broker;
    static Settings settings;
    static Topics topics;
    static StageProcess streams;
    static StageProcess sink;
    static int streamsPort;
    static int sinkPort;
    /** Poison key to its value bytes, per topic. */
    static final Map<String, byte[]> poison = new TreeMap<>();

    @BeforeAll
    static void runPipelineThroughPoison() throws Exception {
        broker = EmbeddedKafkaBroker.start(null, 3);
        Map<String, String> s = new HashMap<>();
        List<String> defaults = Topics.DEFAULT.all();
        for (int i = 0; i < Topics.SETTINGS.size(); i++) s.put(Topics.SETTINGS.get(i), "poison." + defaults.get(i));
        s.put("newsagg.streams.application-id", "poison-streams");
        s.put("newsagg.sink.application-id", "poison-sink");
        s.put("newsagg.streams.state-dir", work.resolve("streams-state").toString());
        s.put("newsagg.sink.state-dir", work.resolve("sink-state").toString());
        streamsPort = StageProcess.freePort();
        sinkPort = StageProcess.freePort();
        s.put("newsagg.streams.http-port", Integer.toString(streamsPort));
        s.put("newsagg.sink.metrics-port", Integer.toString(sinkPort));
        s.put("newsagg.sink.http-port", "-1");
        Map<String, String> withBroker = new HashMap<>(s);
        withBroker.put("kafka.bootstrap.servers", broker.bootstrapServers());
        settings = Settings.of(withBroker);
        topics = Topics.from(settings);
        try (Admin admin = Admin.create(client())) {
            new TopicAdmin(admin).create(TopicLayout.from(settings));
        }
        streams = StageProcess.start("streams", broker.bootstrapServers(), s, "streams.log");
        sink = StageProcess.start("sink", broker.bootstrapServers(), s, "sink.log");

        StoryArchive archive = StoryArchive.generate(12, 7L, START);
        publish(archive.articles().stream().filter(a -> story(a) < 6).toList());
        awaitDrained();
        List<ProducerRecord<byte[], byte[]>> bad = new ArrayList<>();
        for (String topic : List.of(topics.raw(), topics.tagged(), topics.duplicates())) {
            bad.add(poison(topic, "not-json", "<html><body>503 Service Unavailable</body></html>".getBytes(StandardCharsets.UTF_8)));
            bad.add(poison(topic, "wrong-schema", "{\"headline\":\"no id, no time\",\"score\":3}".getBytes(StandardCharsets.UTF_8)));
            byte[] garbage = new byte[1_000_000];
            new Random(topic.hashCode()).nextBytes(garbage);
            bad.add(poison(topic, "garbage", garbage));
        }
        try (var producer = new KafkaProducer<>(client(), new ByteArraySerializer(), new ByteArraySerializer())) {
            for (var r : bad) producer.send(r).get();
        }
        List<Article> later = new ArrayList<>(archive.articles().stream().filter(a -> story(a) >= 6).toList());
        Article first = later.get(0);
        // One original a day older than everything else: the sink must refuse to count it.
        later.add(new Article("f-late-1", "https://late.example/1", "https://late.example/1", "Late Desk",
                "https://late.example/rss", "Poland praised Brazil over harbor grain",
                "A day late.", "Poland praised Brazil over harbor grain. A day late, and unlike any other text here.",
                first.published().minus(Duration.ofDays(1)), first.fetched(), "en", "late-hash-1"));
        publish(later);
        awaitDrained();
    }

    @AfterAll
    static void stop() throws Exception {
        if (sink != null) sink.close();
        if (streams != null) streams.close();
        if (broker != null) broker.close();
    }

    static int story(Article a) {
        return Integer.parseInt(a.id().substring(a.id().lastIndexOf('-') + 1));
    }

    static ProducerRecord<byte[], byte[]> poison(String topic, String kind, byte[] value) {
        String key = topic + "/" + kind;
        poison.put(key, value);
        // Timestamped like the batch around it, as a producer writing alongside would: see the report on
        // wall-clock timestamps of schema-less records.
        return new ProducerRecord<>(topic, 0, BATCH_TIME.toEpochMilli(), key.getBytes(StandardCharsets.UTF_8), value);
    }

    static Map<String, Object> client() {
        return Map.of("bootstrap.servers", broker.bootstrapServers());
    }

    static void publish(List<Article> articles) {
        try (ArticlePublisher publisher = new ArticlePublisher(client(), topics.raw())) {
            articles.forEach(publisher::publish);
            publisher.flush();
        }
    }

    static void awaitDrained() {
        try (Admin admin = Admin.create(client())) {
            new PipelineDrain(admin).await(StageSourceTopics.byGroup(settings), Duration.ofMinutes(3));
        }
    }

    static List<ConsumerRecord<String, byte[]>> deadLetters() {
        return TopicSnapshot.readAll(client(), topics.dlq(), new ByteArrayDeserializer(), Duration.ofSeconds(60));
    }

    static String header(ConsumerRecord<?, ?> r, String name) {
        return DeadLetters.header(r.headers(), name);
    }

    /** reason|stage|source topic of a dead letter. */
    static String why(ConsumerRecord<?, ?> r) {
        return header(r, DeadLetters.REASON) + "|" + header(r, DeadLetters.STAGE) + "|"
                + header(r, DeadLetters.SOURCE_TOPIC);
    }

    @Test
    void unreadableRecordsAreDeadLetteredWithTheirOriginalBytesReasonStageAndSource() {
        // Injected: text, and 1 MB of random bytes, on raw, tagged and duplicates. Checked: each is in the DLQ
        // once, byte for byte, with reason "deserialization", the stage that read it and the topic it came from.
        Map<String, ConsumerRecord<String, byte[]>> byKey = new TreeMap<>();
        deadLetters().forEach(r -> byKey.put(r.key(), r));
        for (String topic : List.of(topics.raw(), topics.tagged(), topics.duplicates())) {
            String stage = topic.equals(topics.raw()) ? "streams" : "sink";
            for (String kind : List.of("not-json", "garbage")) {
                ConsumerRecord<String, byte[]> letter = byKey.get(topic + "/" + kind);
                assertEquals("deserialization|" + stage + "|" + topic, why(letter), kind + " on " + topic);
                assertArrayEquals(poison.get(topic + "/" + kind), letter.value(), kind + " on " + topic);
                assertEquals("0", header(letter, DeadLetters.SOURCE_PARTITION));
            }
        }
    }

    @Test
    void wrongSchemaRecordsAreDeadLetteredAsProcessingFailuresNamingTheTopicTheyWereWrittenTo() {
        // Injected: JSON without id or time on raw, tagged and duplicates. Checked: each is dead-lettered as a
        // "processing" failure whose source is the topic it was written to (so `dlq replay` can send it back).
        Map<String, String> whyByKey = new TreeMap<>();
        deadLetters().forEach(r -> whyByKey.put(r.key(), why(r)));
        assertEquals("processing|streams|" + topics.raw(), whyByKey.get(topics.raw() + "/wrong-schema"));
        assertEquals("processing|sink|" + topics.tagged(), whyByKey.get(topics.tagged() + "/wrong-schema"));
        assertEquals("processing|sink|" + topics.duplicates(), whyByKey.get(topics.duplicates() + "/wrong-schema"));
        assertEquals(10, whyByKey.size(), "9 poison letters and the late article: " + whyByKey);
        // Lateness is decided once, by the dedupe task (docs/architecture.md): the raw article is the letter.
        assertEquals("late|streams|" + topics.raw(), whyByKey.get("f-late-1"));
    }

    @Test
    void goodArticlesAfterThePoisonAreCountedAndTheLateOneIsNot() {
        // Checked: all 12 originals (6 before the poison, 6 after) counted once in the outlet-day aggregates; the
        // article a day late is not.
        Map<String, Aggregate> aggregates = TopicSnapshot.latestByKey(client(), topics.aggregates(),
                NewsSerdes.aggregate(), Duration.ofSeconds(60));
        long articles = aggregates.values().stream()
                .filter(a -> a.dimension().equals("outlet") && a.window().equals("1d"))
                .mapToLong(Aggregate::articles).sum();
        assertEquals(12, articles);
        assertEquals(0, aggregates.values().stream().filter(a -> a.key().equals("Late Desk")).count());
    }

    @Test
    void metricsExposeArticlesInVerdictsTaggedDeadLettersLateAndEndToEndLag() throws Exception {
        // Checked: /metrics of each child process, with the counts this run must give: 27 articles in (12 stories,
        // 8 syndicated copies, 6 re-polls, 1 late original), 13 unique, 8 near and 6 exact duplicates, 12 tagged (the
        // late one is dead-lettered by the dedupe task); dead letters by reason and stage as injected; 1 late; the
        // lag of the 15 records read from tagged (12 articles, 3 poison records).
        Map<String, Double> streamsExpected = new TreeMap<>(Map.of(
                "newsagg_articles_in_total{stage=\"streams\"}", 27.0,
                "newsagg_articles_dedupe_total{stage=\"streams\",verdict=\"unique\"}", 13.0,
                "newsagg_articles_dedupe_total{stage=\"streams\",verdict=\"near\"}", 8.0,
                "newsagg_articles_dedupe_total{stage=\"streams\",verdict=\"exact\"}", 6.0,
                "newsagg_articles_tagged_total{stage=\"streams\"}", 12.0,
                "newsagg_articles_late_total{stage=\"streams\"}", 1.0,
                "newsagg_deadletters_total{reason=\"late\",stage=\"streams\"}", 1.0,
                "newsagg_deadletters_total{reason=\"deserialization\",stage=\"streams\"}", 2.0,
                "newsagg_deadletters_total{reason=\"processing\",stage=\"streams\"}", 1.0));
        Map<String, Double> sinkExpected = new TreeMap<>(Map.of(
                "newsagg_deadletters_total{reason=\"deserialization\",stage=\"sink\"}", 4.0,
                "newsagg_deadletters_total{reason=\"processing\",stage=\"sink\"}", 2.0,
                "newsagg_e2e_lag_seconds_count{stage=\"sink\"}", 15.0));
        assertEquals(streamsExpected, awaitSamples(streamsPort, streamsExpected));
        assertEquals(sinkExpected, awaitSamples(sinkPort, sinkExpected));
        // Every record read from tagged is more than a day old here: none falls in the one-second bucket.
        PrometheusScrape sink = PrometheusScrape.of(sinkPort);
        assertEquals(0.0, sink.value("newsagg_e2e_lag_seconds_bucket{stage=\"sink\",le=\"1.0\"}"));
        // Both stage processes serve the JVM's heap beside their own metrics.
        for (var stage : Map.of("streams", streamsPort, "sink", sinkPort).entrySet()) {
            assertTrue(PrometheusScrape.of(stage.getValue()).samples().entrySet().stream()
                    .anyMatch(e -> e.getKey().startsWith("jvm_memory_used_bytes{area=\"heap\",")
                            && e.getKey().contains("stage=\"" + stage.getKey() + "\"") && e.getValue() > 0),
                    stage.getKey() + " serves no heap in use");
        }
    }

    /** Scrapes until the named samples have the expected values or 60 s pass; returns the last values seen. */
    static Map<String, Double> awaitSamples(int port, Map<String, Double> expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            PrometheusScrape scrape = PrometheusScrape.of(port);
            Map<String, Double> seen = new TreeMap<>();
            expected.keySet().forEach(k -> seen.put(k, scrape.value(k)));
            if (seen.equals(expected) || Instant.now().isAfter(deadline)) return seen;
            Thread.sleep(200);
        }
    }
}
