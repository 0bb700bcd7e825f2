package org.newsagg.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.model.Article;
import org.newsagg.model.DeadLetters;
import org.newsagg.model.DuplicateArticle;
import org.newsagg.model.NewsSerdes;
import org.newsagg.model.TaggedArticle;
import org.newsagg.model.Topics;
import org.newsagg.testkit.StageDrivers;

/**
 * Lateness is decided once, in the dedupe task, against its watermark (the newest publication time it has read):
 * late articles and the copies that would count in their windows go to the dead-letter topic with reason
 * {@code late}, everything else leaves stamped with the watermark it was decided at.
 */
class DedupeLatenessTest {

    @TempDir
    Path stateDir;

    TopologyTestDriver driver;
    TestInputTopic<String, Article> raw;
    TestOutputTopic<String, TaggedArticle> tagged;
    TestOutputTopic<String, DuplicateArticle> duplicates;
    TestOutputTopic<String, Article> dlq;
    StageMetrics metrics;
    io.micrometer.core.instrument.simple.SimpleMeterRegistry registry;

    void start(Map<String, String> extra) {
        StreamsStageConfig config = StreamsStageConfig.from(StageDrivers.settings("streams", stateDir, extra));
        registry = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        driver = StageDrivers.driver(DedupeAndTagTopology.build(config, new StageMetrics(registry)),
                config.stage().streamsProperties());
        raw = StageDrivers.input(driver, Topics.DEFAULT.rawTopic());
        tagged = StageDrivers.output(driver, Topics.DEFAULT.taggedTopic());
        duplicates = StageDrivers.output(driver, Topics.DEFAULT.duplicatesTopic());
        dlq = driver.createOutputTopic(Topics.DLQ, Serdes.String().deserializer(), NewsSerdes.article());
    }

    @AfterEach
    void stop() {
        if (driver != null) driver.close();
    }

    void pipe(Article a) {
        raw.pipeInput(a.id(), a, a.published());
    }

    static Article story(String id, String source, String published, String body) {
        return DedupeAndTagTopologyTest.withBody(id, source, published, "Headline " + id, body);
    }

    /** Sixty words drawn for {@code topic} from a large made-up vocabulary: texts of two topics share no shingle. */
    static String body(String topic) {
        java.util.Random random = new java.util.Random(topic.hashCode());
        StringBuilder sb = new StringBuilder(topic);
        for (int i = 0; i < 60; i++) sb.append(' ').append("word").append(random.nextInt(100_000));
        return sb.append('.').toString();
    }

    @Test
    void anArticleOlderThanTheWatermarkMinusTheGraceIsDeadLetteredOnceAndEverythingElseIsStamped() {
        start(Map.of("newsagg.streams.grace", "1h"));
        pipe(story("a1", "gazette", "2025-03-10T10:00:00Z", body("Storms")));
        pipe(story("a2", "ledger", "2025-03-10T12:00:00Z", body("Harvests")));
        pipe(story("a3", "courier", "2025-03-10T11:00:00Z", body("Elections"))); // out of order by exactly the grace
        pipe(story("a4", "courier", "2025-03-10T10:59:00Z", body("Strikes"))); // a minute more: late
        pipe(story("a4", "courier", "2025-03-10T10:59:00Z", body("Strikes"))); // its re-poll: a copy, never late

        List<TestRecord<String, TaggedArticle>> out = tagged.readRecordsToList();
        assertEquals(List.of("a1", "a2", "a3"), out.stream().map(TestRecord::key).toList());
        assertEquals(List.of(Instant.parse("2025-03-10T10:00:00Z"), Instant.parse("2025-03-10T12:00:00Z"),
                Instant.parse("2025-03-10T12:00:00Z")), out.stream().map(r -> r.value().watermark()).toList());

        List<TestRecord<String, Article>> letters = dlq.readRecordsToList();
        assertEquals(List.of("a4"), letters.stream().map(TestRecord::key).toList());
        assertEquals("late", DeadLetters.header(letters.get(0).headers(), DeadLetters.REASON));
        assertEquals("streams", DeadLetters.header(letters.get(0).headers(), DeadLetters.STAGE));
        assertEquals(Topics.RAW, DeadLetters.header(letters.get(0).headers(), DeadLetters.SOURCE_TOPIC));
        assertEquals("3", DeadLetters.header(letters.get(0).headers(), DeadLetters.SOURCE_OFFSET));
        assertEquals("article published 2025-03-10T10:59:00Z read after dedupe watermark 2025-03-10T12:00:00Z minus "
                + "the grace period PT1H", DeadLetters.header(letters.get(0).headers(), DeadLetters.ERROR));

        List<DuplicateArticle> dups = duplicates.readValuesToList();
        assertEquals(1, dups.size());
        assertEquals("a4", dups.get(0).duplicateOf());
        assertEquals(Instant.parse("2025-03-10T12:00:00Z"), dups.get(0).watermark());
        assertEquals(1.0, registry.get("newsagg.articles.late").counter().count());
    }

    @Test
    void aCopyFromAnotherOutletIsLateWhenItsOriginalIsOlderThanTheCopyGraceOrWasLateItself() {
        start(Map.of("newsagg.streams.grace", "1h", "newsagg.streams.copy-grace", "1d"));
        pipe(story("w1", "wire", "2025-03-10T08:00:00Z", body("Floods")));
        pipe(story("w2", "wire", "2025-03-11T06:00:00Z", body("Fires")));
        pipe(story("c2", "gazette", "2025-03-11T07:00:00Z", body("Fires") + " Photo: Staff.")); // w2 is 1h old
        pipe(story("w3", "wire", "2025-03-11T05:00:00Z", body("Quakes"))); // 2h before the watermark: late
        pipe(story("c3", "ledger", "2025-03-11T07:30:00Z", body("Quakes") + " Photo: Staff.")); // copy of a late one
        pipe(story("c1", "ledger", "2025-03-11T08:30:00Z", body("Floods") + " Photo: Staff.")); // w1 24.5h old
        pipe(story("c2", "gazette", "2025-03-11T07:00:00Z", body("Fires") + " Photo: Staff.")); // re-poll of c2

        assertEquals(List.of("w1", "w2"), tagged.readKeyValuesToList().stream().map(kv -> kv.key).toList());
        List<String> counted = duplicates.readValuesToList().stream()
                .map(d -> d.article().id() + " of " + d.duplicateOf() + " at " + d.watermark()).toList();
        assertEquals(List.of("c2 of w2 at 2025-03-11T07:00:00Z", "c2 of c2 at 2025-03-11T08:30:00Z"), counted);

        List<TestRecord<String, Article>> letters = dlq.readRecordsToList();
        assertEquals(List.of("w3", "c3", "c1"), letters.stream().map(TestRecord::key).toList());
        assertEquals("copy of article w3, which was late and counts nowhere",
                DeadLetters.header(letters.get(1).headers(), DeadLetters.ERROR));
        assertEquals("copy of an article published 2025-03-10T08:00:00Z read after dedupe watermark "
                + "2025-03-11T08:30:00Z minus the copy grace period PT24H",
                DeadLetters.header(letters.get(2).headers(), DeadLetters.ERROR));
        assertEquals(3.0, registry.get("newsagg.articles.late").counter().count());
    }

    /**
     * One article dated hours ahead (a wrong time zone, from a producer that does not correct it as ingest does) must
     * not move the watermark there: the articles of the next hours would all be late.
     */
    @Test
    void anArticleDatedHoursAheadMovesTheWatermarkOnlyToTheWallClockPlusTheSkew() {
        start(Map.of("newsagg.streams.grace", "1h"));
        Instant now = Instant.now();
        String ahead = now.plus(Duration.ofHours(3)).toString();
        String justNow = now.minus(Duration.ofMinutes(20)).toString();
        pipe(story("f1", "gazette", ahead, body("Storms")));
        pipe(story("n1", "ledger", justNow, body("Harvests")));

        List<TestRecord<String, TaggedArticle>> out = tagged.readRecordsToList();
        assertEquals(List.of("f1", "n1"), out.stream().map(TestRecord::key).toList());
        Instant watermark = out.get(1).value().watermark();
        assertTrue(!watermark.isAfter(now.plusMillis(ArticleTimestampExtractor.FUTURE_SKEW).plusSeconds(60)),
                "watermark " + watermark + " ran ahead of the wall clock " + now);
        assertEquals(List.of(), dlq.readRecordsToList());
        assertEquals(0.0, registry.get("newsagg.articles.late").counter().count());
    }
}
