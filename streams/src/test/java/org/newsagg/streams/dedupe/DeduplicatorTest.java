package org.newsagg.streams.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsagg.model.Article;
import org.newsagg.model.Settings;
import org.newsagg.testkit.Articles;
import org.newsagg.testkit.HandWrittenArticle;

class DeduplicatorTest {

    private Map<String, HandWrittenArticle> fixtures;
    private Deduplicator dedupe;
    private InMemoryDedupeStore store;

    @BeforeEach
    void setUp() {
        fixtures = HandWrittenArticle.read(HandWrittenArticle.EVENTS).stream()
                .collect(Collectors.toMap(HandWrittenArticle::id, Function.identity()));
        dedupe = new Deduplicator(DedupeSettings.defaults());
        store = new InMemoryDedupeStore(Duration.ofDays(7));
    }

    @Test
    void firstArticleIsUniqueAndStartsItsOwnStory() {
        DedupeDecision d = dedupe.decide(fixture("flood-1"), store);
        assertEquals(new DedupeDecision("unique", null, 0.0, "flood-1"), d);
    }

    @Test
    void repollWithSameIdIsExactCopy() {
        dedupe.decide(fixture("flood-1"), store);
        assertEquals(new DedupeDecision("exact", "flood-1", 1.0, "flood-1"), dedupe.decide(fixture("flood-1"), store));
    }

    @Test
    void sameContentUnderAnotherIdIsExactCopyOfTheFirst() {
        Article first = fixture("strike-1");
        dedupe.decide(first, store);
        Article replay = withId(first, "strike-1-replay", first.published().plusSeconds(60));
        assertEquals(new DedupeDecision("exact", "strike-1", 1.0, "strike-1"), dedupe.decide(replay, store));
    }

    @Test
    void sameContentAfterRetentionIsUniqueAgain() {
        Article first = fixture("strike-1");
        dedupe.decide(first, store);
        Article late = withId(first, "strike-1-late", first.published().plus(Duration.ofDays(8)));
        assertEquals("unique", dedupe.decide(late, store).verdict());
    }

    @Test
    void syndicatedCopyWithNewHeadlineAndBoilerplateIsNearCopy() {
        Article original = fixture("flood-1");
        dedupe.decide(original, store);
        String text = "Accessibility links\nBy Hana Oort, Staff Reporter\n" + original.text()
                + "\nReporting by Lee Ward; Editing by Ana Cruz\nSign up for our newsletter to get the morning briefing.";
        Article copy = Articles.article("copy-1", "Other Outlet", original.published().plusSeconds(3600),
                "Thousands flee as the Marle floods Corvant", text);
        DedupeDecision d = dedupe.decide(copy, store);
        assertEquals("near", d.verdict());
        assertEquals("flood-1", d.duplicateOf());
        assertEquals("flood-1", d.storyId());
        assertEquals(1.0, d.similarity());
    }

    @Test
    void feedSummaryThatIsTheFirstParagraphIsNearCopy() {
        Article original = fixture("strike-1");
        dedupe.decide(original, store);
        String firstParagraph = original.text().split("\n")[0];
        Article summary = Articles.article("summary-1", "Aggregator", original.published().plusSeconds(600),
                "Port Selwyn dockers strike", firstParagraph);
        DedupeDecision d = dedupe.decide(summary, store);
        assertEquals("near", d.verdict());
        assertEquals("strike-1", d.duplicateOf());
    }

    @Test
    void distinctArticlesOnOneEventShareAStoryButAreNotCopies() {
        List<DedupeDecision> decisions = decideAll("flood-1", "flood-2", "flood-3");
        assertEquals(List.of("unique", "unique", "unique"), decisions.stream().map(DedupeDecision::verdict).toList());
        assertEquals(List.of("flood-1", "flood-1", "flood-1"), decisions.stream().map(DedupeDecision::storyId).toList());
    }

    @Test
    void articlesOnDifferentEventsStartDifferentStories() {
        List<DedupeDecision> decisions = decideAll("flood-1", "strike-1", "quake-1", "budget-1");
        assertEquals(List.of("flood-1", "strike-1", "quake-1", "budget-1"),
                decisions.stream().map(DedupeDecision::storyId).toList());
    }

    @Test
    void sameEventMoreThanTheStoryWindowApartStartsANewStory() {
        dedupe.decide(fixture("quake-1"), store);
        Article later = fixture("quake-2");
        Article muchLater = withId(later, "quake-2", fixture("quake-1").published().plus(Duration.ofDays(3)));
        assertEquals("quake-2", dedupe.decide(muchLater, store).storyId());
    }

    @Test
    void twoEventsOfOneKindNamingDifferentDatesStartDifferentStories() {
        // Two fires at one mill, five years apart, reported at the same time: names and vocabulary alike, dates not.
        assertSplitOnlyByTheRule("story-date-weight", sameKind(),
                List.of("mill-fire-2019-1", "mill-fire-2019-1", "mill-fire-2024-1"),
                List.of("mill-fire-2019-1", "mill-fire-2019-1", "mill-fire-2019-1"));
    }

    @Test
    void twoEventsOfOneKindAboutDifferentProtagonistsStartDifferentStories() {
        // Two players of one team put on the injured list, the same day, in the same words: what tells them apart is
        // who the article is most about.
        assertSplitOnlyByTheRule("story-protagonist-penalty", sameTeam(),
                List.of("ferrand-injury-1", "ferrand-injury-1", "saldana-injury-1"),
                List.of("ferrand-injury-1", "ferrand-injury-1", "ferrand-injury-1"));
    }

    /**
     * The default settings give {@code split}; with the rule's setting at 0 the same articles give {@code merged},
     * so the fixture really needs the rule and the split is its doing.
     */
    void assertSplitOnlyByTheRule(String setting, List<Article> articles, List<String> split, List<String> merged) {
        assertEquals(split, storyIds(dedupe, articles));
        assertEquals(merged, storyIds(new Deduplicator(defaultsWith(setting, "0")), articles),
                "without " + setting + " the fixture must be a merge, or the split above proves nothing");
    }

    @Test
    void sameInputsInSameOrderGiveSameDecisions() {
        List<DedupeDecision> first = decideAll("flood-1", "strike-1", "flood-2", "strike-2", "flood-3", "strike-3");
        dedupe = new Deduplicator(DedupeSettings.defaults());
        store = new InMemoryDedupeStore(Duration.ofDays(7));
        List<DedupeDecision> second = decideAll("flood-1", "strike-1", "flood-2", "strike-2", "flood-3", "strike-3");
        assertEquals(first, second);
    }

    private List<Article> sameKind() {
        return HandWrittenArticle.read("/dedupe/same-kind.jsonl").stream().map(HandWrittenArticle::toArticle).toList();
    }

    private List<Article> sameTeam() {
        return HandWrittenArticle.read("/dedupe/same-team.jsonl").stream().map(HandWrittenArticle::toArticle).toList();
    }

    /** The story of each article, decided in order by {@code d} over a store of its own. */
    private static List<String> storyIds(Deduplicator d, List<Article> articles) {
        InMemoryDedupeStore own = new InMemoryDedupeStore(Duration.ofDays(7));
        return articles.stream().map(a -> d.decide(a, own).storyId()).toList();
    }

    /** The default settings but one, read the way the stage reads them ({@code newsagg.dedupe.<key>}). */
    private static DedupeSettings defaultsWith(String key, String value) {
        return DedupeSettings.from(Settings.of(Map.of("newsagg.dedupe." + key, value)));
    }

    private List<DedupeDecision> decideAll(String... ids) {
        List<DedupeDecision> out = new ArrayList<>();
        for (String id : ids) out.add(dedupe.decide(fixture(id), store));
        return out;
    }

    private Article fixture(String id) {
        var b = fixtures.get(id);
        return Articles.article(b.id(), b.source(), b.published(), b.title(), b.text());
    }

    private static Article withId(Article a, String id, Instant published) {
        return new Article(id, a.url(), a.canonicalUrl(), a.source(), a.feedUrl(), a.title(), a.summary(), a.text(),
                published, published, a.language(), a.contentHash());
    }
}
