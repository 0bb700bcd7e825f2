package org.newsagg.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.model.Article;
import org.newsagg.model.DeadLetters;
import org.newsagg.model.DuplicateArticle;
import org.newsagg.model.Settings;
import org.newsagg.model.TaggedArticle;
import org.newsagg.model.Topics;
import org.newsagg.testkit.StageDrivers;

class DedupeAndTagTopologyTest {

    @TempDir
    Path stateDir;

    TopologyTestDriver driver;
    TestInputTopic<String, Article> raw;
    TestInputTopic<byte[], byte[]> rawBytes;
    TestOutputTopic<String, TaggedArticle> tagged;
    TestOutputTopic<String, DuplicateArticle> duplicates;
    TestOutputTopic<byte[], byte[]> dlq;

    @BeforeEach
    void start() {
        start(Map.of());
    }

    /** A driver over the stage's topology with the default settings and {@code extra} on top. */
    void start(Map<String, String> extra) {
        StreamsStageConfig config = StreamsStageConfig.from(StageDrivers.settings("streams", stateDir, extra));
        driver = StageDrivers.driver(DedupeAndTagTopology.build(config, StageMetrics.noop()),
                config.stage().streamsProperties());
        raw = StageDrivers.input(driver, Topics.DEFAULT.rawTopic());
        rawBytes = driver.createInputTopic(Topics.RAW, new ByteArraySerializer(), new ByteArraySerializer());
        tagged = StageDrivers.output(driver, Topics.DEFAULT.taggedTopic());
        duplicates = StageDrivers.output(driver, Topics.DEFAULT.duplicatesTopic());
        dlq = driver.createOutputTopic(Topics.DLQ, Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    static Article article(String id, String source, String hash, String published, String title) {
        return new Article(id, "https://" + source + ".example/" + id, "https://" + source + ".example/" + id, source,
                "https://" + source + ".example/feed", title, title + " summary.", title + " text.",
                Instant.parse(published), Instant.parse(published), "en", hash);
    }

    /** The source topics of the sub-topology holding the dedupe processor. */
    static java.util.Set<String> dedupeSources(StreamsStageConfig config) {
        for (var sub : DedupeAndTagTopology.build(config, StageMetrics.noop()).describe().subtopologies()) {
            java.util.Set<String> sources = new java.util.TreeSet<>();
            boolean dedupe = false;
            for (var node : sub.nodes()) {
                if (node instanceof org.apache.kafka.streams.TopologyDescription.Source source) {
                    sources.addAll(source.topicSet());
                }
                dedupe |= node.name().equals("dedupe");
            }
            if (dedupe) return sources;
        }
        throw new AssertionError("no dedupe processor");
    }

    @Test
    void theDedupeTaskReadsAOnePartitionRawTopicDirectlyAndGathersAWiderOneFirst() {
        StreamsStageConfig direct = StreamsStageConfig.from(Settings.of(Map.of()));
        assertEquals(java.util.Set.of(Topics.RAW), dedupeSources(direct));
        assertEquals(Topics.RAW, DedupeAndTagTopology.dedupeSource(direct));

        StreamsStageConfig wide = StreamsStageConfig.from(Settings.of(Map.of("newsagg.topics.raw-partitions", "3")));
        assertEquals(java.util.Set.of("dedupe-repartition"), dedupeSources(wide));
        assertEquals("newsagg-streams-dedupe-repartition", DedupeAndTagTopology.dedupeSource(wide));
    }

    @Test
    void aWideRawTopicGivesTheSameVerdictsThroughTheGatheringRepartition() {
        driver.close();
        start(Map.of("newsagg.topics.raw-partitions", "3"));

        Article first = article("a1", "gazette", "h1", "2025-03-10T08:00:00Z",
                "The United States accuses Russia of war crimes");
        raw.pipeInput(first.id(), first, first.published());
        raw.pipeInput(first.id(), first, first.published());

        assertEquals(List.of("a1"), tagged.readRecordsToList().stream().map(TestRecord::key).toList());
        List<DuplicateArticle> dups = duplicates.readValuesToList();
        assertEquals(1, dups.size());
        assertEquals(DuplicateArticle.EXACT, dups.get(0).verdict());
    }

    @Test
    void aRepollIsAnExactDuplicateAndOnlyTheFirstIsTagged() {
        Article first = article("a1", "gazette", "h1", "2025-03-10T08:00:00Z",
                "The United States accuses Russia of war crimes");
        raw.pipeInput(first.id(), first, first.published());
        raw.pipeInput(first.id(), first, first.published());

        List<TestRecord<String, TaggedArticle>> out = tagged.readRecordsToList();
        assertEquals(1, out.size());
        TaggedArticle t = out.get(0).value();
        assertEquals("a1", out.get(0).key());
        assertEquals(first, t.article());
        assertEquals(first.published(), out.get(0).getRecordTime());

        List<TestRecord<String, DuplicateArticle>> dups = duplicates.readRecordsToList();
        assertEquals(1, dups.size());
        assertEquals(new DuplicateArticle(first, DuplicateArticle.EXACT, "a1", 1.0, t.storyId(), "gazette",
                first.published()), dups.get(0).value());
        assertTrue(dlq.isEmpty());
    }

    @Test
    void sameContentUnderAnotherIdIsAnExactDuplicateOfTheFirst() {
        Article a = article("a1", "gazette", "same", "2025-03-10T08:00:00Z", "Talks in Tokyo");
        Article b = article("b1", "ledger", "same", "2025-03-10T09:00:00Z", "Talks in Tokyo");
        raw.pipeInput(a.id(), a, a.published());
        raw.pipeInput(b.id(), b, b.published());
        assertEquals(List.of("a1"), tagged.readKeyValuesToList().stream().map(kv -> kv.key).toList());
        DuplicateArticle d = duplicates.readValue();
        assertEquals("b1", d.article().id());
        assertEquals("a1", d.duplicateOf());
        assertEquals("exact", d.verdict());
        assertEquals("gazette", d.originalSource());
    }

    static final String WIRE_BODY = "Flood waters rose across the river delta on Tuesday, forcing thousands of families "
            + "to leave their homes as the regional government opened emergency shelters in schools and sports halls. "
            + "Officials said three bridges had been closed and that the main highway to the coast would stay shut "
            + "until engineers could inspect it. Farmers in the lowlands reported that most of the spring harvest "
            + "was lost, and aid groups began distributing drinking water, blankets and food parcels from trucks "
            + "parked outside the town hall. Forecasters expect more rain later in the week.";

    static Article withBody(String id, String source, String published, String title, String body) {
        return new Article(id, "https://" + source + ".example/" + id, "https://" + source + ".example/" + id,
                source, null, title, null, body, Instant.parse(published), Instant.parse(published), "en",
                "hash-" + id);
    }

    @Test
    void aSyndicatedCopyUnderAnotherHeadlineIsANearDuplicateOfTheWireOriginal() {
        Article wire = withBody("w1", "wire", "2025-03-10T08:00:00Z", "Floods force thousands from their homes",
                WIRE_BODY);
        Article copy = withBody("c1", "gazette", "2025-03-10T09:30:00Z", "Delta families flee rising water",
                WIRE_BODY + " This story was provided by the wire service. Photo: Staff photographer.");
        raw.pipeInput(wire.id(), wire, wire.published());
        raw.pipeInput(copy.id(), copy, copy.published());

        assertEquals(List.of("w1"), tagged.readKeyValuesToList().stream().map(kv -> kv.key).toList());
        DuplicateArticle d = duplicates.readValue();
        assertEquals("c1", d.article().id());
        assertEquals(DuplicateArticle.NEAR, d.verdict());
        assertEquals("w1", d.duplicateOf());
        assertEquals("w1", d.storyId(), "a copy joins its original's story");
        assertEquals("wire", d.originalSource());
        assertTrue(d.similarity() >= 0.5 && d.similarity() <= 1.0, "similarity " + d.similarity());
        assertTrue(duplicates.isEmpty());
    }

    @Test
    void garbageAndArticlesWithoutIdGoToTheDeadLetterTopicAndTheStageContinues() {
        rawBytes.pipeInput("k".getBytes(StandardCharsets.UTF_8), "<<not json>>".getBytes(StandardCharsets.UTF_8));
        rawBytes.pipeInput("k2".getBytes(StandardCharsets.UTF_8), "{\"title\":\"no id\"}".getBytes(StandardCharsets.UTF_8));
        Article ok = article("a1", "gazette", "h1", "2025-03-10T08:00:00Z", "Fine");
        raw.pipeInput(ok.id(), ok, ok.published());

        assertEquals(List.of("a1"), tagged.readKeyValuesToList().stream().map(kv -> kv.key).toList());
        var letters = dlq.readRecordsToList();
        assertEquals(2, letters.size());
        var first = letters.get(0);
        assertEquals("<<not json>>", new String(first.value(), StandardCharsets.UTF_8));
        assertEquals("deserialization", DeadLetters.header(first.headers(), DeadLetters.REASON));
        assertEquals("streams", DeadLetters.header(first.headers(), DeadLetters.STAGE));
        assertEquals(Topics.RAW, DeadLetters.header(first.headers(), DeadLetters.SOURCE_TOPIC));
        assertEquals("0", DeadLetters.header(first.headers(), DeadLetters.SOURCE_OFFSET));
        assertTrue(DeadLetters.header(first.headers(), DeadLetters.ERROR).startsWith("not a JSON Article on topic news.raw"),
                DeadLetters.header(first.headers(), DeadLetters.ERROR));

        var second = letters.get(1);
        assertEquals("processing", DeadLetters.header(second.headers(), DeadLetters.REASON));
        assertEquals("{\"title\":\"no id\"}", new String(second.value(), StandardCharsets.UTF_8));
        // Checked at the raw topic, before any repartition: the letter says where the record really came from.
        assertEquals(Topics.RAW, DeadLetters.header(second.headers(), DeadLetters.SOURCE_TOPIC));
        assertEquals("1", DeadLetters.header(second.headers(), DeadLetters.SOURCE_OFFSET));
        assertTrue(DeadLetters.header(second.headers(), DeadLetters.ERROR).contains("raw article has no id, published"),
                DeadLetters.header(second.headers(), DeadLetters.ERROR));
    }
}
