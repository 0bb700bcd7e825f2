package org.newsagg.sink.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.model.ActorTag;
import org.newsagg.model.Aggregate;
import org.newsagg.model.Article;
import org.newsagg.model.DeadLetters;
import org.newsagg.model.DuplicateArticle;
import org.newsagg.model.EventTag;
import org.newsagg.model.NewsSerdes;
import org.newsagg.model.Syndication;
import org.newsagg.model.TaggedArticle;
import org.newsagg.model.Topics;
import org.newsagg.sink.SinkConfig;
import org.newsagg.sink.query.LocalReadModel;
import org.newsagg.sink.query.NewestEventTracker;
import org.newsagg.testkit.StageDrivers;

class AggregateTopologyTest {

    @TempDir
    Path stateDir;

    TopologyTestDriver driver;
    TestInputTopic<String, TaggedArticle> tagged;
    TestInputTopic<String, DuplicateArticle> duplicates;
    TestOutputTopic<String, Aggregate> aggregates;
    TestOutputTopic<String, TaggedArticle> dlq;

    void start(Map<String, String> settings) {
        SinkConfig config = SinkTopologyDrivers.config(stateDir, settings);
        driver = SinkTopologyDrivers.driver(config);
        tagged = StageDrivers.input(driver, Topics.DEFAULT.taggedTopic());
        duplicates = StageDrivers.input(driver, Topics.DEFAULT.duplicatesTopic());
        aggregates = StageDrivers.output(driver, Topics.DEFAULT.aggregatesTopic());
        dlq = driver.createOutputTopic(Topics.DLQ, Serdes.String().deserializer(), NewsSerdes.tagged());
    }

    @AfterEach
    void stop() {
        if (driver != null) driver.close();
    }

    static Article article(String id, String source, String published) {
        return new Article(id, "https://" + source + ".example/" + id, "https://" + source + ".example/" + id, source,
                null, "Headline " + id, "s", "t", Instant.parse(published), Instant.parse(published), "en", "h" + id);
    }

    static TaggedArticle accuse(String id, String source, String story, String published) {
        return new TaggedArticle(article(id, source, published), story, Syndication.of(source),
                List.of(new ActorTag("USAGOV", "USA", "GOV", "Washington", 2),
                        new ActorTag("RUSMIL", "RUS", "MIL", "Russian forces", 1)),
                List.of(new EventTag("112", "11", "Accuse", 3, -2.0, "ACCUSE", "USAGOV", "RUSMIL", "s", "accuses",
                                EventTag.ASSERTED),
                        new EventTag("1124", "11", "Accuse of war crimes", 3, -2.0, "ACCUSE", "USAGOV", "RUSMIL", "s",
                                "war crimes", EventTag.HYPOTHETICAL)),
                List.of());
    }

    void pipe(TaggedArticle t) {
        tagged.pipeInput(t.article().id(), t, t.article().published());
    }

    /** The newest value per aggregate key, as a compacted topic would keep it. */
    Map<String, Aggregate> latest() {
        Map<String, Aggregate> out = new LinkedHashMap<>();
        aggregates.readKeyValuesToList().forEach(kv -> out.put(kv.key, kv.value));
        return out;
    }

    @Test
    void countsArticlesStoriesAndSourcesExactlyPerWindow() {
        start(Map.of());
        pipe(accuse("a1", "gazette", "s1", "2025-03-10T08:05:00Z"));
        pipe(accuse("a2", "ledger", "s1", "2025-03-10T08:20:00Z"));
        pipe(accuse("a3", "gazette", "s2", "2025-03-10T08:50:00Z"));
        Map<String, Aggregate> out = latest();

        Aggregate hour = out.get("actor|USAGOV|1h|2025-03-10T08:00:00Z");
        assertEquals(3, hour.articles());
        assertEquals(2, hour.stories());
        assertEquals(2, hour.sources());
        assertEquals(0, hour.syndicated());
        assertEquals(3, hour.events(), "the hypothetical event is not counted");
        assertEquals(-2.0, hour.goldsteinAvg());
        assertEquals(Instant.parse("2025-03-10T08:05:00Z"), hour.firstSeen());
        assertEquals(Instant.parse("2025-03-10T08:50:00Z"), hour.lastSeen());
        assertEquals(Instant.parse("2025-03-10T09:00:00Z"), hour.windowEnd());
        assertEquals(List.of("Headline a1", "Headline a2", "Headline a3"),
                hour.samples().stream().map(Aggregate.Sample::title).toList());
        assertEquals(Aggregate.SCHEMA_VERSION, hour.schemaVersion());

        assertEquals(1, out.get("actor|USAGOV|15m|2025-03-10T08:00:00Z").articles());
        assertEquals(1, out.get("actor|USAGOV|15m|2025-03-10T08:15:00Z").articles());
        assertEquals(1, out.get("actor|USAGOV|15m|2025-03-10T08:45:00Z").articles());
        assertEquals(2, out.get("outlet|gazette|1h|2025-03-10T08:00:00Z").articles());
        assertEquals(3, out.get("dyad|USAGOV|11|RUSMIL|1h|2025-03-10T08:00:00Z").events());
        assertEquals(3, out.get("eventRoot|11|1h|2025-03-10T08:00:00Z").articles());
        assertEquals(3, out.get("country|RUS|1h|2025-03-10T08:00:00Z").articles());
        assertEquals(3, out.get("plover|ACCUSE|1h|2025-03-10T08:00:00Z").articles());
        assertTrue(out.keySet().stream().noneMatch(k -> k.startsWith("event|1124|")),
                "hypothetical events count nowhere");

        // "last 24 hours": 24 hourly windows contain 08:05, from 2025-03-09T09:00 to 2025-03-10T08:00, but only the
        // one ending with the current hour is open; the others open as stream time reaches their last hour.
        List<String> dayWindows = out.keySet().stream().filter(k -> k.startsWith("actor|USAGOV|24h|")).toList();
        assertEquals(List.of("actor|USAGOV|24h|2025-03-09T09:00:00Z"), dayWindows);
        assertEquals(3, out.get("actor|USAGOV|24h|2025-03-09T09:00:00Z").articles());
    }

    /** Articles, stories and outlets of each 24-hour window of the given articles, counted the obvious way. */
    static Map<String, String> dayWindowsByHand(List<TaggedArticle> articles) {
        Map<String, String> out = new java.util.TreeMap<>();
        long hour = 3_600_000L;
        for (TaggedArticle t : articles) {
            long ts = t.article().published().toEpochMilli();
            for (long start = ts - ts % hour - 23 * hour; start <= ts; start += hour) {
                long from = start;
                List<TaggedArticle> in = articles.stream().filter(a -> a.article().published().toEpochMilli() >= from
                        && a.article().published().toEpochMilli() < from + 24 * hour).toList();
                out.put(Instant.ofEpochMilli(start).toString(), in.size() + " articles, "
                        + in.stream().map(TaggedArticle::storyId).distinct().count() + " stories, "
                        + in.stream().map(a -> a.article().source()).distinct().count() + " sources");
            }
        }
        return out;
    }

    Map<String, String> dayWindows(Map<String, Aggregate> out) {
        Map<String, String> windows = new java.util.TreeMap<>();
        out.values().stream().filter(a -> a.dimension().equals("actor") && a.key().equals("USAGOV")
                && a.window().equals("24h")).forEach(a -> windows.put(a.windowStart().toString(),
                        a.articles() + " articles, " + a.stories() + " stories, " + a.sources() + " sources"));
        return windows;
    }

    @Test
    void hoppingWindowsCountDistinctStoriesAndOutletsExactlyInWhicheverOrderArticlesArrive() {
        // s1 returns after an hour and after a day; ledger carries two stories: each of the 49 24-hour windows
        // touched sees another mix. Hourly marks answer them all (DistinctMarks).
        List<TaggedArticle> articles = List.of(
                accuse("a1", "gazette", "s1", "2025-03-10T08:05:00Z"),
                accuse("a2", "ledger", "s2", "2025-03-10T09:10:00Z"),
                accuse("a3", "ledger", "s1", "2025-03-10T10:30:00Z"),
                accuse("a4", "gazette", "s1", "2025-03-11T09:30:00Z"));
        Map<String, String> byHand = dayWindowsByHand(articles);
        assertEquals(49, byHand.size());
        assertEquals("3 articles, 2 stories, 2 sources", byHand.get("2025-03-09T11:00:00Z"));
        assertEquals("2 articles, 2 stories, 1 sources", byHand.get("2025-03-10T09:00:00Z"));
        assertEquals("2 articles, 1 stories, 2 sources", byHand.get("2025-03-10T10:00:00Z"));
        // Stream time ends in the hour of 2025-03-11T09:00: the windows ending with it or earlier are open, the 23
        // that would end later are not yet.
        Map<String, String> expected = new java.util.TreeMap<>(new java.util.TreeMap<>(byHand).headMap("2025-03-10T10:00:01Z"));
        assertEquals(26, expected.size());

        start(Map.of("newsagg.sink.grace", "2d", "newsagg.sink.application-id", "in-order"));
        articles.forEach(this::pipe);
        var records = aggregates.readRecordsToList();
        assertTrue(records.stream().allMatch(r -> r.timestamp() == r.value().lastSeen().toEpochMilli()),
                "an aggregate record is timestamped with the newest publication time it counts");
        Map<String, Aggregate> inOrder = new LinkedHashMap<>();
        records.forEach(r -> inOrder.put(r.key(), r.value()));
        // In order, most windows open from the hourly buckets, with articles that arrived before them.
        assertEquals(expected, dayWindows(inOrder));
        // The hourly family shares the marks: s1 and ledger, both seen in earlier hours, are new at 10:00.
        Aggregate tenOClock = inOrder.get("actor|USAGOV|1h|2025-03-10T10:00:00Z");
        assertEquals(List.of(1L, 1L, 1L), List.of(tenOClock.articles(), tenOClock.stories(), tenOClock.sources()));
        // The query API computes the 23 windows not open yet from the same buckets and marks: all 49 as by hand.
        LocalReadModel queries = new LocalReadModel(driver::<String, WindowAccumulator>getWindowStore,
                () -> driver.getKeyValueStore(NewestEventTracker.STORE), () -> null,
                () -> driver.<String, Integer>getWindowStore(AggregateStores.DISTINCT),
                () -> driver.getKeyValueStore(AggregateStores.HOPPING_OPENED), WindowSpec.parseList("15m,1h,24h/1h"));
        Map<String, String> queried = new java.util.TreeMap<>();
        queries.windows("actor", "USAGOV", "24h", Instant.parse("2025-03-09T00:00:00Z"),
                Instant.parse("2025-03-12T00:00:00Z")).forEach(a -> queried.put(a.windowStart().toString(),
                        a.articles() + " articles, " + a.stories() + " stories, " + a.sources() + " sources"));
        assertEquals(byHand, queried);
        driver.close();

        // Newest first, every window opens with the first article, and the others are added to them one by one.
        start(Map.of("newsagg.sink.grace", "2d", "newsagg.sink.application-id", "reversed"));
        List<TaggedArticle> newestFirst = new java.util.ArrayList<>(articles);
        java.util.Collections.reverse(newestFirst);
        newestFirst.forEach(this::pipe);
        Map<String, Aggregate> reversed = latest();
        assertEquals(expected, dayWindows(reversed));
        assertEquals(inOrder, reversed);
        driver.close();

        // Without an hourly family, the hopping family keeps hidden hourly buckets of its own.
        start(Map.of("newsagg.sink.grace", "2d", "newsagg.sink.application-id", "no-hourly",
                "newsagg.sink.windows", "15m,24h/1h"));
        articles.forEach(this::pipe);
        Map<String, Aggregate> noHourly = latest();
        assertEquals(expected, dayWindows(noHourly));
        assertTrue(noHourly.keySet().stream().noneMatch(k -> k.contains("|1h|") || k.contains("bucket")),
                noHourly.keySet().toString());
    }

    @Test
    void aWindowOpenedFromItsBucketsTakesLaterArticlesOnTopOnce() {
        start(Map.of("newsagg.sink.grace", "2d"));
        pipe(accuse("a1", "gazette", "s1", "2025-03-10T08:05:00Z"));
        pipe(accuse("a2", "ledger", "s1", "2025-03-10T08:40:00Z"));
        // Stream time enters 09:00: the window 2025-03-09T10:00 to 2025-03-10T10:00 opens with a1, a2 and a3.
        pipe(accuse("a3", "gazette", "s2", "2025-03-10T09:05:00Z"));
        pipe(accuse("a4", "wire", "s2", "2025-03-10T09:30:00Z"));
        pipe(accuse("a5", "ledger", "s3", "2025-03-10T07:15:00Z")); // late, within grace: in both open windows
        Map<String, Aggregate> out = latest();
        Aggregate previous = out.get("actor|USAGOV|24h|2025-03-09T09:00:00Z");
        Aggregate current = out.get("actor|USAGOV|24h|2025-03-09T10:00:00Z");
        assertEquals(List.of(3L, 2L, 2L), List.of(previous.articles(), previous.stories(), previous.sources()));
        assertEquals(List.of(5L, 3L, 3L), List.of(current.articles(), current.stories(), current.sources()));
        assertEquals(Instant.parse("2025-03-10T07:15:00Z"), current.firstSeen());
        assertEquals(Instant.parse("2025-03-10T09:30:00Z"), current.lastSeen());
        assertEquals(List.of("Headline a5", "Headline a1", "Headline a2"),
                current.samples().stream().map(Aggregate.Sample::title).toList());
        assertEquals(5, current.events());
        // a5 also falls in the window ending with 07:00, open since stream time passed it: alone there.
        assertEquals(List.of("actor|USAGOV|24h|2025-03-09T08:00:00Z", "actor|USAGOV|24h|2025-03-09T09:00:00Z",
                "actor|USAGOV|24h|2025-03-09T10:00:00Z"),
                out.keySet().stream().filter(k -> k.startsWith("actor|USAGOV|24h|")).sorted().toList());
        assertEquals(1, out.get("actor|USAGOV|24h|2025-03-09T08:00:00Z").articles());
    }

    @Test
    void distinctMarksAreKeptAtTheGreatestCommonDivisorOfTheFamiliesBuckets() {
        assertEquals(java.time.Duration.ofMinutes(15), DistinctMarks.grain(WindowSpec.parseList(WindowSpec.DEFAULTS)));
        assertEquals(java.time.Duration.ofHours(1), DistinctMarks.grain(WindowSpec.parseList("1h,1d,24h/1h")));
        assertEquals(java.time.Duration.ofMinutes(15), DistinctMarks.grain(WindowSpec.parseList("45m,1h")));
        assertEquals(java.time.Duration.ofHours(6), DistinctMarks.grain(WindowSpec.parseList("1d,7d/6h")));
    }

    @Test
    void aHoppingWindowMustBeAWholeNumberOfAdvances() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WindowSpec.parseList("24h/5h"));
        assertEquals("window 24h must be a whole number of its advance PT5H", e.getMessage());
    }

    @Test
    void syndicatedCopiesCountAsSpreadNotAsArticlesWhicheverArrivesFirst() {
        start(Map.of());
        TaggedArticle wire = accuse("w1", "wire", "s1", "2025-03-10T08:05:00Z");
        DuplicateArticle early = new DuplicateArticle(article("c1", "gazette", "2025-03-10T08:30:00Z"), "near", "w1",
                0.9, "s1", "wire");
        DuplicateArticle late = new DuplicateArticle(article("c2", "ledger", "2025-03-10T09:30:00Z"), "near", "w1",
                0.85, "s1", "wire");
        DuplicateArticle repoll = new DuplicateArticle(article("w1", "wire", "2025-03-10T08:05:00Z"), "exact", "w1",
                1.0, "s1", "wire");
        duplicates.pipeInput("c1", early, early.article().published());
        pipe(wire);
        duplicates.pipeInput("c2", late, late.article().published());
        duplicates.pipeInput("w1", repoll, repoll.article().published());

        Aggregate hour = latest().get("actor|USAGOV|1h|2025-03-10T08:00:00Z");
        assertEquals(1, hour.articles());
        assertEquals(1, hour.stories());
        assertEquals(3, hour.sources(), "wire, gazette and ledger carried it");
        assertEquals(2, hour.syndicated());
        assertEquals(1, hour.events());
    }

    static TaggedArticle stamped(TaggedArticle t, String watermark) {
        return new TaggedArticle(t.article(), t.storyId(), t.syndication(), t.actors(), t.events(), t.unresolved(),
                Instant.parse(watermark));
    }

    @Test
    void anArticleTheDedupeStageFoundOnTimeCountsHoweverFarBehindTheTasksStreamTime() {
        // Two tagged partitions, as in a replay: the task has seen 12 days of one partition, the other (never heard
        // from here) is still at day 1. Lateness was decided by the dedupe stage; the sink counts all of them.
        start(Map.of("newsagg.sink.grace", "1h", "newsagg.topics.partitions", "2"));
        pipe(stamped(accuse("a1", "gazette", "s1", "2025-03-01T10:00:00Z"), "2025-03-01T10:00:00Z"));
        pipe(stamped(accuse("a2", "gazette", "s2", "2025-03-12T10:00:00Z"), "2025-03-12T10:00:00Z"));
        pipe(stamped(accuse("a3", "ledger", "s1", "2025-03-01T11:30:00Z"), "2025-03-01T11:30:00Z"));
        DuplicateArticle copy = new DuplicateArticle(article("c1", "courier", "2025-03-01T12:00:00Z"), "near", "a1",
                0.9, "s1", "gazette", Instant.parse("2025-03-01T12:00:00Z"));
        duplicates.pipeInput("c1", copy, copy.article().published());

        Map<String, Aggregate> out = latest();
        Aggregate day = out.get("actor|USAGOV|24h|2025-02-28T12:00:00Z");
        assertEquals(2, day.articles());
        assertEquals(1, day.stories());
        assertEquals(3, day.sources());
        assertEquals(1, day.syndicated());
        assertEquals(1, out.get("actor|USAGOV|1h|2025-03-01T11:00:00Z").articles());
        assertEquals(1, out.get("outlet|ledger|15m|2025-03-01T11:30:00Z").articles());
        assertEquals(1, out.get("actor|USAGOV|1h|2025-03-12T10:00:00Z").articles());
        assertTrue(dlq.isEmpty());
    }

    void copy(String id, String outlet, String of, String ofOutlet, String published, String watermark) {
        DuplicateArticle d = new DuplicateArticle(article(id, outlet, published), "near", of, 0.9, "s", ofOutlet,
                Instant.parse(watermark));
        duplicates.pipeInput(id, d, d.article().published());
    }

    @Test
    void stateIsDeletedTheRetentionBehindTheSlowestInputAndWhatStillNeedsItIsDeadLetteredNotDropped() {
        start(Map.of("newsagg.sink.retention", "7d"));
        pipe(stamped(accuse("a1", "gazette", "s1", "2025-03-01T10:00:00Z"), "2025-03-01T10:00:00Z"));
        copy("c1", "courier", "a1", "gazette", "2025-03-01T10:30:00Z", "2025-03-01T10:30:00Z");
        pipe(stamped(accuse("a2", "gazette", "s2", "2025-03-08T09:00:00Z"), "2025-03-08T09:00:00Z"));
        pipe(stamped(accuse("a3", "gazette", "s3", "2025-03-09T11:00:00Z"), "2025-03-09T11:00:00Z"));
        var hours = driver.<String, WindowAccumulator>getWindowStore(AggregateStores.aggregates(WindowSpec.parseList("1h").get(0)));
        Instant a1Hour = Instant.parse("2025-03-01T10:00:00Z");
        assertTrue(hours.fetch("actor|USAGOV", a1Hour.toEpochMilli()) != null,
                "kept: the duplicates partition has not been heard from since 2025-03-01T10:30");

        // Its next copy moves the slowest input to 2025-03-09T11:00: windows that ended by 2025-03-02T11:00 go.
        copy("c3", "courier", "a3", "gazette", "2025-03-09T11:20:00Z", "2025-03-09T11:20:00Z");
        assertEquals(null, hours.fetch("actor|USAGOV", a1Hour.toEpochMilli()));
        Map<String, Aggregate> out = latest();
        assertEquals(1, out.get("actor|USAGOV|1h|2025-03-01T10:00:00Z").articles(), "published value stays final");
        assertEquals(1, out.get("actor|USAGOV|1h|2025-03-01T10:00:00Z").syndicated());
        assertEquals(3, out.keySet().stream().filter(k -> k.startsWith("actor|USAGOV|1h|")).count());

        // An article out of dedupe order (its partition already sent 2025-03-09T11:00), as another producer could
        // write: its windows are gone, and it is dead-lettered, not dropped.
        pipe(stamped(accuse("a4", "gazette", "s4", "2025-03-01T10:20:00Z"), "2025-03-01T10:20:00Z"));
        assertTrue(latest().keySet().stream().noneMatch(k -> k.contains("2025-03-01")), "nothing recreated");
        TestOutputTopic<String, String> letters = driver.createOutputTopic(Topics.DLQ,
                Serdes.String().deserializer(), Serdes.String().deserializer());
        var records = letters.readRecordsToList();
        // One per key of a4: actors USAGOV, RUSMIL; countries USA, RUS; event 112; root 11; ACCUSE; dyad; outlet
        assertEquals(java.util.Set.of("actor|USAGOV", "actor|RUSMIL", "country|USA", "country|RUS", "event|112",
                "eventRoot|11", "plover|ACCUSE", "dyad|USAGOV|11|RUSMIL", "outlet|gazette"),
                records.stream().map(r -> r.key()).collect(java.util.stream.Collectors.toSet()));
        assertEquals(9, records.size());
        assertTrue(records.stream().allMatch(r -> r.value().contains("\"articleId\":\"a4\",")
                && "expired".equals(DeadLetters.header(r.headers(), DeadLetters.REASON))
                && "sink".equals(DeadLetters.header(r.headers(), DeadLetters.STAGE))));
        assertEquals("contribution published 2025-03-01T10:20:00Z reached the by-key task after its windows were "
                + "deleted: state is kept back to 2025-03-02T11:00:00Z",
                DeadLetters.header(records.get(0).headers(), DeadLetters.ERROR));
    }

    @Test
    void aCopyWhoseOriginalCanNoLongerComeIsDeadLetteredNotLeftWaiting() {
        start(Map.of());
        // Waits: its original, decided before it, is still to come on the tagged partition.
        copy("c1", "courier", "gone", "gazette", "2025-03-10T09:00:00Z", "2025-03-10T09:05:00Z");
        copy("c2", "ledger", "a2", "gazette", "2025-03-10T09:10:00Z", "2025-03-10T09:10:00Z");
        pipe(stamped(accuse("a2", "gazette", "s2", "2025-03-10T09:06:00Z"), "2025-03-10T09:06:00Z"));
        // The partition has passed 09:05 without "gone": c1's original is not coming. c2's has come.
        TestOutputTopic<String, DuplicateArticle> letters = driver.createOutputTopic(Topics.DLQ,
                Serdes.String().deserializer(), NewsSerdes.duplicate());
        var records = letters.readRecordsToList();
        assertEquals(List.of("c1"), records.stream().map(r -> r.value().article().id()).toList());
        assertEquals("gone", records.get(0).key());
        assertEquals("unjoined", DeadLetters.header(records.get(0).headers(), DeadLetters.REASON));
        assertEquals("copy c1 of gone (watermark 2025-03-10T09:05:00Z): tagged partition 0 reached watermark "
                + "2025-03-10T09:06:00Z without its original", DeadLetters.header(records.get(0).headers(),
                DeadLetters.ERROR));
        assertEquals(1, latest().get("actor|USAGOV|1h|2025-03-10T09:00:00Z").syndicated());
    }

    @Test
    void emitOnCloseWaitsForTheSlowestInputNotTheTasksStreamTime() {
        start(Map.of("newsagg.sink.emit", "close", "newsagg.sink.grace", "10m", "newsagg.sink.windows", "15m",
                "newsagg.topics.partitions", "2"));
        pipe(accuse("a1", "gazette", "s1", "2025-03-10T08:01:00Z"));
        pipe(accuse("a4", "gazette", "s3", "2025-03-10T09:26:00Z")); // stream time well past 08:25
        assertTrue(aggregates.isEmpty(), "the second join task has not been heard from: nothing may close");
    }

    @Test
    void recordsOfTheWrongShapeOnEitherInputAreDeadLetteredWithTheirOriginalBytesAndSource() {
        start(Map.of());
        TestInputTopic<String, String> taggedText = driver.createInputTopic(Topics.TAGGED,
                Serdes.String().serializer(), Serdes.String().serializer());
        TestInputTopic<String, String> duplicatesText = driver.createInputTopic(Topics.DUPLICATES,
                Serdes.String().serializer(), Serdes.String().serializer());
        taggedText.pipeInput("x", "{\"storyId\":\"s\"}");
        duplicatesText.pipeInput("y", "{\"verdict\":\"near\"}");
        pipe(accuse("a1", "gazette", "s1", "2025-03-10T08:05:00Z"));

        TestOutputTopic<String, String> letters = driver.createOutputTopic(Topics.DLQ,
                Serdes.String().deserializer(), Serdes.String().deserializer());
        var records = letters.readRecordsToList();
        assertEquals(List.of("{\"storyId\":\"s\"}", "{\"verdict\":\"near\"}"),
                records.stream().map(r -> r.value()).toList());
        assertEquals(List.of(Topics.TAGGED, Topics.DUPLICATES), records.stream()
                .map(r -> DeadLetters.header(r.headers(), DeadLetters.SOURCE_TOPIC)).toList());
        assertEquals(List.of("processing", "processing"), records.stream()
                .map(r -> DeadLetters.header(r.headers(), DeadLetters.REASON)).toList());
        assertEquals(1, latest().get("actor|USAGOV|1h|2025-03-10T08:00:00Z").articles(), "good records still count");
    }

    @Test
    void emitOnCloseEmitsEachWindowOnceAfterItsEndPlusGrace() {
        start(Map.of("newsagg.sink.emit", "close", "newsagg.sink.grace", "10m", "newsagg.sink.windows", "15m"));
        pipe(accuse("a1", "gazette", "s1", "2025-03-10T08:01:00Z"));
        pipe(accuse("a2", "ledger", "s1", "2025-03-10T08:14:00Z"));
        assertTrue(aggregates.isEmpty(), "nothing before the window closes");
        pipe(accuse("a3", "gazette", "s2", "2025-03-10T08:24:00Z")); // 08:15 + 10m grace not reached yet
        assertTrue(aggregates.isEmpty());
        pipe(accuse("a4", "gazette", "s3", "2025-03-10T08:26:00Z")); // stream time passes 08:25: [08:00,08:15) closes
        Map<String, Aggregate> out = latest();
        // actors USAGOV, RUSMIL; countries USA, RUS; event 112; root 11; ACCUSE; one dyad; outlets gazette, ledger
        assertEquals(10, out.size(), "one value per key of the closed window");
        Aggregate a = out.get("actor|USAGOV|15m|2025-03-10T08:00:00Z");
        assertEquals(2, a.articles());
        assertEquals(1, a.stories());
        assertEquals(2, a.sources());
        assertTrue(out.keySet().stream().allMatch(k -> k.endsWith("|15m|2025-03-10T08:00:00Z")), out.keySet().toString());
    }
}
