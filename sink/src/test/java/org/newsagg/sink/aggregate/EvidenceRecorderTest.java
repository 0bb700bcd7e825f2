package org.newsagg.sink.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.model.ActorTag;
import org.newsagg.model.Article;
import org.newsagg.model.DuplicateArticle;
import org.newsagg.model.EventTag;
import org.newsagg.model.Syndication;
import org.newsagg.model.TaggedArticle;
import org.newsagg.model.Topics;
import org.newsagg.sink.SinkConfig;
import org.newsagg.sink.evidence.EventEvidence;
import org.newsagg.sink.evidence.EvidenceArticle;
import org.newsagg.sink.evidence.EvidenceBody;
import org.newsagg.sink.evidence.LocalEvidence;
import org.newsagg.testkit.StageDrivers;

/** The evidence store on the whole sink topology: what it lists behind a count, how many, and for how long. */
class EvidenceRecorderTest {

    @TempDir
    Path stateDir;

    TopologyTestDriver driver;
    TestInputTopic<String, TaggedArticle> tagged;
    TestInputTopic<String, DuplicateArticle> duplicates;
    LocalEvidence evidence;

    void start(Map<String, String> settings) {
        SinkConfig config = SinkTopologyDrivers.config(stateDir, settings);
        driver = SinkTopologyDrivers.driver(config);
        tagged = StageDrivers.input(driver, Topics.DEFAULT.taggedTopic());
        duplicates = StageDrivers.input(driver, Topics.DEFAULT.duplicatesTopic());
        evidence = new LocalEvidence(groupKey -> new LocalEvidence.TaskStores(
                driver.<String, EvidenceList>getWindowStore(EvidenceRecorder.LISTS),
                driver.<String, EvidenceBody>getWindowStore(EvidenceRecorder.ARTICLES)), config.windows(),
                config.evidenceDimensions());
    }

    @AfterEach
    void stop() {
        if (driver != null) driver.close();
    }

    static Article article(String id, String outlet, Instant published) {
        return new Article(id, "https://" + outlet + ".example/" + id, "https://" + outlet + ".example/" + id, outlet,
                null, "Headline " + id, "s", "t", published, published, "en", "h" + id);
    }

    /** USAGOV accuses RUSMIL (asserted), and of war crimes (hypothetical: counted nowhere, listed nowhere). */
    static TaggedArticle accuse(String id, String outlet, Instant published) {
        return new TaggedArticle(article(id, outlet, published), "story-" + id, Syndication.of(outlet),
                List.of(new ActorTag("USAGOV", "USA", "GOV", "Washington", 2),
                        new ActorTag("RUSMIL", "RUS", "MIL", "Russian forces", 1)),
                List.of(new EventTag("112", "11", "Accuse", 3, -2.0, "ACCUSE", "USAGOV", "RUSMIL",
                                "Washington accused Russian forces in " + id + ".", "accused", EventTag.ASSERTED),
                        new EventTag("1124", "11", "Accuse of war crimes", 3, -2.0, "ACCUSE", "USAGOV", "RUSMIL",
                                "It may accuse them of war crimes.", "accuse", EventTag.HYPOTHETICAL)),
                List.of(), published);
    }

    void pipe(TaggedArticle t) {
        tagged.pipeInput(t.article().id(), t, t.article().published());
    }

    void copy(String id, String outlet, String of, String ofOutlet, Instant published) {
        DuplicateArticle d = new DuplicateArticle(article(id, outlet, published), "near", of, 0.9, "s", ofOutlet,
                published);
        duplicates.pipeInput(id, d, published);
    }

    static Instant at(String t) {
        return Instant.parse(t);
    }

    @Test
    void listsAWindowsArticlesNewestFirstWithEachEventsSentenceAndTrigger() {
        // The page's dimensions, and the outlets, which an operator may add.
        start(Map.of("newsagg.sink.evidence-dimensions", "actor,eventRoot,dyad,outlet"));
        pipe(accuse("a1", "gazette", at("2025-03-10T07:10:00Z")));
        pipe(accuse("a3", "courier", at("2025-03-10T09:40:00Z")));
        pipe(accuse("a2", "ledger", at("2025-03-10T08:20:00Z")));
        pipe(accuse("a2", "ledger", at("2025-03-10T08:20:00Z"))); // the same article again: listed once
        // A copy from another outlet counts as spread, not as an article: it is not listed.
        copy("c1", "wire", "a1", "gazette", at("2025-03-10T09:45:00Z"));

        List<EvidenceArticle> dyad = evidence.evidence("dyad", "USAGOV|11|RUSMIL", "24h", at("2025-03-09T10:00:00Z"));
        assertEquals(List.of(
                new EvidenceArticle("a3", "Headline a3", "https://courier.example/a3", "courier",
                        at("2025-03-10T09:40:00Z"), List.of(new EventEvidence("112",
                                "Washington accused Russian forces in a3.", "accused"))),
                new EvidenceArticle("a2", "Headline a2", "https://ledger.example/a2", "ledger",
                        at("2025-03-10T08:20:00Z"), List.of(new EventEvidence("112",
                                "Washington accused Russian forces in a2.", "accused"))),
                new EvidenceArticle("a1", "Headline a1", "https://gazette.example/a1", "gazette",
                        at("2025-03-10T07:10:00Z"), List.of(new EventEvidence("112",
                                "Washington accused Russian forces in a1.", "accused")))), dyad);

        // An actor key lists the same articles, without events: no one sentence made an actor's count.
        List<EvidenceArticle> actor = evidence.evidence("actor", "RUSMIL", "1h", at("2025-03-10T08:00:00Z"));
        assertEquals(List.of(new EvidenceArticle("a2", "Headline a2", "https://ledger.example/a2", "ledger",
                at("2025-03-10T08:20:00Z"), null)), actor);
        assertEquals(List.of(), evidence.evidence("actor", "RUSMIL", "15m", at("2025-03-10T08:30:00Z")));
        assertEquals(List.of("a3"), ids(evidence.evidence("outlet", "courier", "24h", at("2025-03-09T10:00:00Z"))));
        assertEquals(List.of(), evidence.evidence("outlet", "wire", "24h", at("2025-03-09T10:00:00Z")));
    }

    @Test
    void everyWindowListsExactlyItsNewest50WhateverItsSizeAndTheOrderArticlesCameIn() {
        start(Map.of());
        // 70 articles ten seconds apart from 10:00, all in one 15-minute grain, sent in a scrambled order: the grain
        // keeps the newest 50, dropping older ones as newer ones come, and the new one when it is the oldest.
        List<TaggedArticle> all = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            all.add(accuse(String.format("m%02d", i), "gazette", at("2025-03-10T10:00:00Z").plusSeconds(10L * i)));
        }
        for (int i = 0; i < 70; i++) pipe(all.get((i * 37) % 70));
        // And ten more in the next grain, a quarter of an hour later.
        for (int i = 70; i < 80; i++) {
            TaggedArticle t = accuse(String.format("m%02d", i), "ledger", at("2025-03-10T10:15:00Z").plusSeconds(i));
            all.add(t);
            pipe(t);
        }

        List<String> hour = ids(evidence.evidence("actor", "USAGOV", "1h", at("2025-03-10T10:00:00Z")));
        assertEquals(expected(all, at("2025-03-10T10:00:00Z"), Duration.ofHours(1)), hour);
        assertEquals(50, hour.size());
        assertEquals("m79", hour.get(0));
        assertEquals("m30", hour.get(49));
        List<String> quarter = ids(evidence.evidence("eventRoot", "11", "15m", at("2025-03-10T10:00:00Z")));
        assertEquals(expected(all, at("2025-03-10T10:00:00Z"), Duration.ofMinutes(15)), quarter);
        assertEquals(List.of("m69", "m20"), List.of(quarter.get(0), quarter.get(49)));
        assertEquals(expected(all, at("2025-03-09T11:00:00Z"), Duration.ofHours(24)),
                ids(evidence.evidence("dyad", "USAGOV|11|RUSMIL", "24h", at("2025-03-09T11:00:00Z"))));
        // Bounded: 50 articles per key in the full grain, 10 in the other, under each of an article's 9 keys that
        // belongs to a dimension the page shows (2 actors, 1 event root, 1 dyad); its countries, event code, PLOVER
        // category and outlet keep none by default.
        assertEquals(4 * 50, entries(at("2025-03-10T10:00:00Z"), at("2025-03-10T10:00:00Z")));
        assertEquals(4 * 10, entries(at("2025-03-10T10:15:00Z"), at("2025-03-10T10:15:00Z")));
        assertEquals(List.of(true, true, true, false, false, false, false),
                Stream.of("actor", "eventRoot", "dyad", "country", "event", "plover", "outlet").map(evidence::keeps)
                        .toList());
    }

    @Test
    void evidenceIsDeletedWithTheWindowStateByTheSlowestInputAndWhatIsDeadLetteredIsNotListed() {
        start(Map.of("newsagg.sink.retention", "7d"));
        pipe(accuse("a1", "gazette", at("2025-03-01T10:00:00Z")));
        copy("c1", "courier", "a1", "gazette", at("2025-03-01T10:30:00Z"));
        pipe(accuse("a2", "gazette", at("2025-03-08T09:00:00Z")));
        pipe(accuse("a3", "gazette", at("2025-03-09T11:00:00Z")));
        Instant a1Day = at("2025-02-28T11:00:00Z");
        assertEquals(List.of("a1"), ids(evidence.evidence("actor", "USAGOV", "24h", a1Day)),
                "kept: the duplicates partition has not been heard from since 2025-03-01T10:30");

        // The next copy moves the slowest input to 2025-03-09T11:00: windows that ended by 2025-03-02T11:00 are
        // deleted, and with them every grain no kept window contains.
        copy("c3", "courier", "a3", "gazette", at("2025-03-09T11:20:00Z"));
        pipe(accuse("a5", "ledger", at("2025-03-09T11:30:00Z")));
        var lists = driver.<String, EvidenceList>getWindowStore(EvidenceRecorder.LISTS);
        assertNull(lists.fetch("actor|USAGOV", at("2025-03-01T10:00:00Z").toEpochMilli()));
        assertEquals(0, entries(at("2025-03-01T00:00:00Z"), at("2025-03-02T00:00:00Z")), "no list of 1 March left");
        assertEquals(List.of(), bodies(at("2025-03-01T00:00:00Z"), at("2025-03-02T00:00:00Z")), "nor article");
        assertEquals(List.of("a2", "a3", "a5"), bodies(at("2025-03-02T00:00:00Z"), at("2025-03-10T00:00:00Z")));
        assertEquals(List.of(), evidence.evidence("actor", "USAGOV", "24h", a1Day));
        assertEquals(List.of("a5", "a3"), ids(evidence.evidence("actor", "USAGOV", "24h", at("2025-03-08T12:00:00Z"))));

        // Out of dedupe order: dead-lettered as expired by the aggregator, and not listed here either.
        pipe(accuse("a4", "gazette", at("2025-03-01T10:20:00Z")));
        assertNull(lists.fetch("actor|USAGOV", at("2025-03-01T10:15:00Z").toEpochMilli()));
        assertEquals(0, entries(at("2025-03-01T00:00:00Z"), at("2025-03-02T00:00:00Z")), "a4 is not kept");
        assertEquals(List.of(), bodies(at("2025-03-01T00:00:00Z"), at("2025-03-02T00:00:00Z")));
    }

    @Test
    void aSweptPointInsideAGrainDeletesTheArticlesOfTheGrainsBeforeItOnly() {
        start(Map.of("newsagg.sink.retention", "7d"));
        pipe(accuse("x", "gazette", at("2025-03-01T10:52:00Z")));
        pipe(accuse("y", "gazette", at("2025-03-01T11:01:00Z")));
        copy("c1", "courier", "x", "gazette", at("2025-03-01T11:05:00Z"));
        pipe(accuse("z", "gazette", at("2025-03-09T11:07:00Z")));
        // The slowest input moves to 2025-03-09T11:07: the swept point is 2025-03-02T11:07, and the grains starting
        // by a day and a grain before it, 2025-03-01T10:52, go: x's (10:45) with its articles, which are kept at
        // their own times, up to the grain's end. y's grain (11:00), and y's article, published within the 15
        // minutes after that point, stay.
        copy("c2", "courier", "z", "gazette", at("2025-03-09T11:08:00Z"));
        pipe(accuse("w", "ledger", at("2025-03-09T11:09:00Z")));
        assertEquals(List.of(), bodies(at("2025-03-01T10:45:00Z"), at("2025-03-01T10:59:59.999Z")));
        assertEquals(List.of(), evidence.evidence("actor", "USAGOV", "15m", at("2025-03-01T10:45:00Z")));
        assertEquals(List.of("y"), bodies(at("2025-03-01T11:00:00Z"), at("2025-03-01T11:14:59.999Z")));
        assertEquals(List.of("y"), ids(evidence.evidence("actor", "USAGOV", "15m", at("2025-03-01T11:00:00Z"))));
    }

    @Test
    void theStoresAreChangeloggedSoTheirListsSurviveARestartExactly() {
        start(Map.of());
        pipe(accuse("a1", "gazette", at("2025-03-10T07:10:00Z")));
        for (String store : List.of(EvidenceRecorder.LISTS, EvidenceRecorder.ARTICLES)) {
            assertTrue(driver.producedTopicNames().stream().anyMatch(t -> t.endsWith("-" + store + "-changelog")),
                    store + "'s changelog among " + driver.producedTopicNames());
        }
    }

    @Test
    void anArticleIsKeptOnceWithTheEventsOfEachKeyAndOnlyWhileAListHoldsIt() {
        start(Map.of("newsagg.sink.evidence-dimensions", "actor,event,eventRoot,dyad"));
        // 50 newer articles under every key of the grain first: an older one is listed nowhere, and not kept.
        for (int i = 0; i < 50; i++) {
            pipe(accuse(String.format("n%02d", i), "gazette", at("2025-03-10T10:05:00Z").plusSeconds(i)));
        }
        pipe(accuse("old", "gazette", at("2025-03-10T10:01:00Z")));
        List<String> kept = bodies(at("2025-03-10T10:00:00Z"), at("2025-03-10T10:15:00Z"));
        assertEquals(50, kept.size());
        assertFalse(kept.contains("old"));

        // One body for the article's 5 kept keys (2 actors, event 112, root 11, dyad), with each event key's events.
        pipe(accuse("a1", "ledger", at("2025-03-10T10:20:00Z")));
        assertEquals(List.of("a1"), bodies(at("2025-03-10T10:15:00Z"), at("2025-03-10T10:30:00Z")));
        EvidenceBody a1 = driver.<String, EvidenceBody>getWindowStore(EvidenceRecorder.ARTICLES)
                .fetch("a1", at("2025-03-10T10:20:00Z").toEpochMilli());
        EventEvidence accused = new EventEvidence("112", "Washington accused Russian forces in a1.", "accused");
        assertEquals(Map.of("event|112", List.of(accused), "eventRoot|11", List.of(accused),
                "dyad|USAGOV|11|RUSMIL", List.of(accused)), a1.eventsByKey());
        // The same article again, with a second event under its root: that key's events are the newest, the
        // others' stay.
        TaggedArticle again = accuse("a1", "ledger", at("2025-03-10T10:20:00Z"));
        EventTag second = new EventTag("110", "11", "Disapprove", 3, -2.0, null, "USAGOV", null,
                "Washington disapproved.", "disapproved", EventTag.ASSERTED);
        pipe(new TaggedArticle(again.article(), again.storyId(), again.syndication(), again.actors(),
                List.of(again.events().get(0), second), List.of()));
        assertEquals(List.of(accused, new EventEvidence("110", "Washington disapproved.", "disapproved")),
                evidence.evidence("eventRoot", "11", "15m", at("2025-03-10T10:15:00Z")).get(0).events());
        assertEquals(List.of(accused), evidence.evidence("event", "112", "15m", at("2025-03-10T10:15:00Z")).get(0)
                .events());
    }

    /** References in the evidence lists of grains starting from {@code from} to {@code to}. */
    long entries(Instant from, Instant to) {
        long n = 0;
        try (var it = driver.<String, EvidenceList>getWindowStore(EvidenceRecorder.LISTS).fetchAll(from, to)) {
            while (it.hasNext()) n += it.next().value.size();
        }
        return n;
    }

    /** Ids of the articles kept from {@code from} to {@code to}, in the order the store holds them. */
    List<String> bodies(Instant from, Instant to) {
        List<String> ids = new ArrayList<>();
        try (var it = driver.<String, EvidenceBody>getWindowStore(EvidenceRecorder.ARTICLES).fetchAll(from, to)) {
            it.forEachRemaining(kv -> ids.add(kv.value.id()));
        }
        return ids;
    }

    static List<String> ids(List<EvidenceArticle> list) {
        return list.stream().map(EvidenceArticle::id).toList();
    }

    /** By hand: the articles published in [start, start + size), newest first, at most 50. */
    static List<String> expected(List<TaggedArticle> all, Instant start, Duration size) {
        return all.stream().filter(t -> !t.article().published().isBefore(start)
                        && t.article().published().isBefore(start.plus(size)))
                .sorted(Comparator.comparing((TaggedArticle t) -> t.article().published()).reversed())
                .limit(50).map(t -> t.article().id()).toList();
    }
}
