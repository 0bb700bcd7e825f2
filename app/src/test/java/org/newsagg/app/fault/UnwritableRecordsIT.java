package org.newsagg.app.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.cluster.PipelineDrain;
import org.newsagg.cluster.StageSourceTopics;
import org.newsagg.cluster.TopicAdmin;
import org.newsagg.cluster.TopicLayout;
import org.newsagg.cluster.TopicSnapshot;
import org.newsagg.model.Aggregate;
import org.newsagg.model.Article;
import org.newsagg.model.DeadLetters;
import org.newsagg.model.NewsSerdes;
import org.newsagg.model.Settings;
import org.newsagg.model.Syndication;
import org.newsagg.model.TaggedArticle;
import org.newsagg.model.Topics;
import org.newsagg.sink.SinkConfig;
import org.newsagg.sink.SinkStage;
import org.newsagg.streams.StreamsStage;
import org.newsagg.streams.StreamsStageConfig;
import org.newsagg.testkit.Articles;
import org.newsagg.testkit.EmbeddedBroker;

/**
 * Records the stages cannot write as they are, on a real broker (whose {@code message.timestamp.after.max.ms} is the
 * default hour): an article dated 3 hours ahead (published as ingest does), one dated in the year 9999 (written by
 * another producer with a current timestamp), and one that is over 1 MB once
 * decompressed, written by a compressing producer. Each must end on the output or in the dead-letter topic with a
 * reason, with the stage still running and nothing left to read; before, each stalled the stage for good.
 */
class UnwritableRecordsIT {

    @RegisterExtension
    static final EmbeddedBroker kafka = new EmbeddedBroker();

    @TempDir
    Path stateDir;

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void anArticleDatedThreeHoursAheadIsTaggedAndCountedWithItsOwnDate() throws Exception {
        Settings s = settings("ahead");
        Article ahead = article("ahead-1", "Ahead Desk", NOW.plus(Duration.ofHours(3)), "Ahead");
        // The article ahead comes last: it moves the sink's stream time 3 hours on, and articles of now would be
        // late after it (ingest dates such an article at its fetch time, ArticleNormalizer).
        List<Article> articles = List.of(article("ahead-0", "Steady Desk", NOW.minus(Duration.ofMinutes(30)), "Steady"),
                article("ahead-2", "Steady Desk", NOW.minus(Duration.ofMinutes(20)), "Later"), ahead);
        try (StreamsStage streams = streams(s); SinkStage sink = sink(s)) {
            streams.start();
            sink.start();
            publish(s, articles);
            awaitDrained(s);
            assertRunning(streams.streams(), sink.streams());
        }
        Map<String, ConsumerRecord<String, byte[]>> tagged = byKey(s, Topics.from(s).tagged());
        assertEquals(List.of("ahead-0", "ahead-1", "ahead-2"), List.copyOf(tagged.keySet()));
        assertEquals(ahead.published(),
                NewsSerdes.tagged().deserializer().deserialize("", tagged.get("ahead-1").value()).article().published(),
                "event time travels in the value, untouched");
        assertTrue(tagged.get("ahead-1").timestamp() <= Instant.now().toEpochMilli(), "stamped no later than now");
        assertEquals(Map.of(), byKey(s, Topics.from(s).dlq()), "nothing dead-lettered");
        assertEquals(Map.of("Ahead Desk", 1L, "Steady Desk", 2L), outletDayCounts(s));
    }

    @Test
    void anArticleDatedInTheYear9999IsTaggedAndTheStreamsStageKeepsUp() throws Exception {
        Settings s = settings("y9999");
        Article far = article("y9999-1", "Far Desk", Instant.parse("9999-12-31T23:00:00Z"), "Far");
        try (StreamsStage streams = streams(s)) {
            streams.start();
            publish(s, List.of(article("y9999-0", "Steady Desk", NOW.minus(Duration.ofMinutes(30)), "Steady")));
            // Written by another producer, with the current time as its record timestamp: the broker takes it.
            send(Topics.from(s).raw(), far.id(), NewsSerdes.article().serializer().serialize("", far), Map.of());
            publish(s, List.of(article("y9999-2", "Steady Desk", NOW.minus(Duration.ofMinutes(20)), "Later")));
            awaitDrained(s, "y9999-streams");
            assertRunning(streams.streams());
        }
        Map<String, ConsumerRecord<String, byte[]>> tagged = byKey(s, Topics.from(s).tagged());
        assertEquals(List.of("y9999-0", "y9999-1", "y9999-2"), List.copyOf(tagged.keySet()));
        assertEquals(far.published(), NewsSerdes.tagged().deserializer()
                .deserialize("", tagged.get("y9999-1").value()).article().published());
    }

    @Test
    void anArticleOverOneMegabyteWrittenCompressedIsDeadLetteredAsTooLargeAndTheStageGoesOn() throws Exception {
        Settings s = settings("large");
        Article large = article("large-1", "Large Desk", NOW.minus(Duration.ofMinutes(25)), "Large");
        large = Articles.of(large.id()).source(large.source()).published(large.published()).title(large.title())
                .text("Harbor grain talks went on. ".repeat(60_000)).build();
        try (StreamsStage streams = streams(s)) {
            streams.start();
            publish(s, List.of(article("large-0", "Steady Desk", NOW.minus(Duration.ofMinutes(30)), "Steady")));
            send(Topics.from(s).raw(), large.id(), NewsSerdes.article().serializer().serialize("", large), Map.of(
                    ProducerConfig.COMPRESSION_TYPE_CONFIG, "gzip", ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 << 20));
            publish(s, List.of(article("large-2", "Steady Desk", NOW.minus(Duration.ofMinutes(20)), "Later")));
            awaitDrained(s, "large-streams");
            assertRunning(streams.streams());
        }
        assertEquals(List.of("large-0", "large-2"), List.copyOf(byKey(s, Topics.from(s).tagged()).keySet()));
        List<ConsumerRecord<String, byte[]>> letters = records(s, Topics.from(s).dlq());
        assertEquals(List.of("large-1|too-large|streams|large.news.raw|0"), letters.stream()
                .map(r -> r.key() + "|" + header(r, DeadLetters.REASON) + "|" + header(r, DeadLetters.STAGE) + "|"
                        + header(r, DeadLetters.SOURCE_TOPIC) + "|" + header(r, DeadLetters.SOURCE_PARTITION))
                .toList());
        assertNull(letters.get(0).value(), "the original is too large for a letter; it stays on the raw topic");
        assertEquals("1", header(letters.get(0), DeadLetters.SOURCE_OFFSET));
        assertTrue(header(letters.get(0), DeadLetters.ERROR).startsWith("cannot write to "),
                header(letters.get(0), DeadLetters.ERROR));
    }

    @Test
    void onTheTaggedTopicAnArticleThreeHoursAheadIsCountedAndOneOverOneMegabyteDoesNotStallTheSink() throws Exception {
        Settings s = settings("tagged");
        String topic = Topics.from(s).tagged();
        Article ahead = article("tagged-1", "Ahead Desk", NOW.plus(Duration.ofHours(3)), "Ahead");
        Article large = Articles.of("tagged-2").source("Large Desk").published(NOW.minus(Duration.ofMinutes(25)))
                .title("Large").text("Harbor grain talks went on. ".repeat(60_000)).build();
        try (SinkStage sink = sink(s)) {
            sink.start();
            sendTagged(topic, article("tagged-0", "Steady Desk", NOW.minus(Duration.ofMinutes(30)), "Steady"), Map.of());
            sendTagged(topic, large, Map.of(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                    ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 << 20));
            // Written with a current record timestamp, as the streams stage does; last, since it moves stream time.
            sendTagged(topic, ahead, Map.of());
            awaitDrained(s, "tagged-sink");
            assertRunning(sink.streams());
        }
        assertEquals(Map.of("Ahead Desk", 1L, "Large Desk", 1L, "Steady Desk", 1L), outletDayCounts(s));
        assertEquals(Map.of(), byKey(s, Topics.from(s).dlq()), "nothing dead-lettered");
    }

    static void sendTagged(String topic, Article a, Map<String, Object> settings) throws Exception {
        TaggedArticle t = new TaggedArticle(a, a.id(), Syndication.of(a.source()), List.of(), List.of(), List.of());
        send(topic, a.id(), NewsSerdes.tagged().serializer().serialize("", t), settings);
    }

    /** Stories unlike each other, so that dedupe lets each through: the article's last id character picks one. */
    static final List<String> STORIES = List.of(
            "Poland praised Brazil over the harbor grain deal. Ministers met in Gdansk on Monday.",
            "Floods closed three schools in Lyon. The river rose two metres overnight after storms.",
            "Kenya opened a solar plant near Garissa. Engineers expect it to power forty thousand homes.");

    static Article article(String id, String source, Instant published, String title) {
        String story = STORIES.get(Character.getNumericValue(id.charAt(id.length() - 1)) % STORIES.size());
        return Articles.of(id).source(source).published(published).fetched(NOW)
                .title(title + ": " + story.substring(0, story.indexOf('.'))).text(story).build();
    }

    Settings settings(String name) {
        Map<String, String> s = new HashMap<>();
        List<String> defaults = Topics.DEFAULT.all();
        for (int i = 0; i < Topics.SETTINGS.size(); i++) s.put(Topics.SETTINGS.get(i), name + "." + defaults.get(i));
        s.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        s.put("newsagg.streams.application-id", name + "-streams");
        s.put("newsagg.streams.state-dir", stateDir.resolve(name + "-streams").toString());
        s.put("newsagg.streams.http-port", "-1");
        s.put("newsagg.sink.application-id", name + "-sink");
        s.put("newsagg.sink.state-dir", stateDir.resolve(name + "-sink").toString());
        s.put("newsagg.sink.http-port", "-1");
        Settings settings = Settings.of(s);
        try (Admin admin = Admin.create(client())) {
            new TopicAdmin(admin).create(TopicLayout.from(settings));
        }
        return settings;
    }

    static Map<String, Object> client() {
        return Map.of("bootstrap.servers", kafka.bootstrapServers());
    }

    static StreamsStage streams(Settings s) {
        return new StreamsStage(StreamsStageConfig.from(s), new SimpleMeterRegistry());
    }

    static SinkStage sink(Settings s) {
        return new SinkStage(SinkConfig.from(s), new SimpleMeterRegistry(), null);
    }

    static void publish(Settings s, List<Article> articles) {
        StoryArchive.publishRaw(client(), s, articles);
    }

    /** As another producer would, with its own settings (compression, say); the record stamped with the time now. */
    static void send(String topic, String key, byte[] value, Map<String, Object> settings) throws Exception {
        Map<String, Object> p = new HashMap<>(client());
        p.putAll(settings);
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    /** Waits (a minute at most) until every group of the settings has read all it reads: lag 0. */
    static void awaitDrained(Settings s, String... onlyGroups) {
        Map<String, List<String>> inputs = new HashMap<>(StageSourceTopics.byGroup(s));
        if (onlyGroups.length > 0) inputs.keySet().retainAll(List.of(onlyGroups));
        try (Admin admin = Admin.create(client())) {
            new PipelineDrain(admin).await(inputs, Duration.ofMinutes(1));
        }
    }

    static void assertRunning(KafkaStreams... stages) {
        for (KafkaStreams k : stages) assertEquals(KafkaStreams.State.RUNNING, k.state());
    }

    static List<ConsumerRecord<String, byte[]>> records(Settings s, String topic) {
        return TopicSnapshot.readAll(client(), topic, new ByteArrayDeserializer(), Duration.ofSeconds(30));
    }

    static Map<String, ConsumerRecord<String, byte[]>> byKey(Settings s, String topic) {
        Map<String, ConsumerRecord<String, byte[]>> byKey = new TreeMap<>();
        records(s, topic).forEach(r -> byKey.put(r.key(), r));
        return byKey;
    }

    static Map<String, Long> outletDayCounts(Settings s) {
        return TopicSnapshot.latestByKey(client(), Topics.from(s).aggregates(), NewsSerdes.aggregate(),
                        Duration.ofSeconds(30)).values().stream()
                .filter(a -> a.dimension().equals("outlet") && a.window().equals("1d"))
                .collect(Collectors.groupingBy(Aggregate::key, TreeMap::new, Collectors.summingLong(Aggregate::articles)));
    }

    static String header(ConsumerRecord<?, ?> r, String name) {
        return DeadLetters.header(r.headers(), name);
    }
}
