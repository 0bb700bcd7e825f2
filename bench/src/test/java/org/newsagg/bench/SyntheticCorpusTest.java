package org.newsagg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsagg.model.Article;

class SyntheticCorpusTest {

    static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    static final CorpusSpec SPEC = new CorpusSpec(1000, 1500, 0.2, 42, START, Duration.ofDays(3), false);

    @Test
    void theSameSeedGivesTheSameArticles() {
        assertEquals(SyntheticCorpus.generate(SPEC), SyntheticCorpus.generate(SPEC));
    }

    @Test
    void anotherSeedGivesOtherArticles() {
        CorpusSpec other = new CorpusSpec(1000, 1500, 0.2, 43, START, Duration.ofDays(3), false);
        assertNotEquals(SyntheticCorpus.generate(SPEC).get(0).article().text(),
                SyntheticCorpus.generate(other).get(0).article().text());
    }

    @Test
    void aFifthOfRecordsAreCopiesSplitBetweenNearCopiesAndRepolls() {
        CorpusSummary summary = CorpusSummary.of(SPEC, SyntheticCorpus.generate(SPEC));
        assertEquals(819, summary.originals());
        assertEquals(98, summary.nearCopies());
        assertEquals(83, summary.exactRepolls());
    }

    @Test
    void textsAreAboutTheRequestedSize() {
        for (int size : List.of(1500, 5000)) {
            CorpusSpec spec = new CorpusSpec(300, size, 0.0, 7, START, Duration.ofDays(1), false);
            for (GeneratedArticle g : SyntheticCorpus.generate(spec)) {
                int length = g.article().text().length();
                assertTrue(length >= size * 0.9 && length <= size * 1.3, "text of " + length + " chars for size " + size);
            }
        }
    }

    @Test
    void originalsArePublishedInOrderOverTheSpan() {
        List<Article> originals = SyntheticCorpus.generate(SPEC).stream()
                .filter(g -> g.kind() == GeneratedArticle.Kind.ORIGINAL).map(GeneratedArticle::article).toList();
        for (int i = 1; i < originals.size(); i++) {
            assertTrue(!originals.get(i).published().isBefore(originals.get(i - 1).published()));
        }
        assertEquals(START, originals.get(0).published());
        assertTrue(originals.get(originals.size() - 1).published().isBefore(START.plus(Duration.ofDays(3))));
    }

    @Test
    void nearCopiesComeFromAnotherOutletWithAnEditedHeadlineAndBoilerplate() {
        List<GeneratedArticle> corpus = SyntheticCorpus.generate(SPEC);
        Map<String, Article> byTitle = corpus.stream().filter(g -> g.kind() == GeneratedArticle.Kind.ORIGINAL)
                .map(GeneratedArticle::article).collect(Collectors.toMap(Article::title, Function.identity(), (a, b) -> a));
        CorpusVocabulary words = CorpusVocabulary.load();
        for (GeneratedArticle g : corpus) {
            if (g.kind() != GeneratedArticle.Kind.NEAR_COPY) continue;
            Article copy = g.article();
            String prefix = words.section("headline-edit").stream().filter(p -> copy.title().startsWith(p + " "))
                    .findFirst().orElseThrow();
            Article original = byTitle.get(copy.title().substring(prefix.length() + 1));
            assertTrue(original != null, "no original for " + copy.title());
            assertNotEquals(original.source(), copy.source());
            assertNotEquals(original.id(), copy.id());
            String lastParagraph = copy.text().substring(copy.text().lastIndexOf("\n\n") + 2);
            assertTrue(words.section("boilerplate").contains(lastParagraph), lastParagraph);
        }
    }

    @Test
    void repollsRepeatTheOriginalsIdAndContent() {
        List<GeneratedArticle> corpus = SyntheticCorpus.generate(SPEC);
        Map<String, Article> originals = corpus.stream().filter(g -> g.kind() == GeneratedArticle.Kind.ORIGINAL)
                .map(GeneratedArticle::article).collect(Collectors.toMap(Article::id, Function.identity()));
        long repolls = 0;
        for (GeneratedArticle g : corpus) {
            if (g.kind() != GeneratedArticle.Kind.EXACT_REPOLL) continue;
            Article original = originals.get(g.article().id());
            assertEquals(original.contentHash(), g.article().contentHash());
            assertEquals(original.published(), g.article().published());
            repolls++;
        }
        assertEquals(83, repolls);
    }

    @Test
    void markerOutletsNameEveryRecordApart() {
        CorpusSpec spec = SPEC.withArticles(200).withMarkers(START, Duration.ofSeconds(2));
        List<GeneratedArticle> corpus = SyntheticCorpus.generate(spec);
        assertEquals(200, corpus.stream().map(g -> g.article().source()).distinct().count());
        assertEquals("Bench Outlet 0000005", corpus.get(5).article().source());
    }

    @Test
    void sentencesNameCountriesLeadersAndEventVerbs() {
        String text = SyntheticCorpus.generate(SPEC).get(0).article().text();
        CorpusVocabulary words = CorpusVocabulary.load();
        assertTrue(words.section("country").stream().map(c -> c.split("\\|")[0]).anyMatch(text::contains));
        assertTrue(words.section("verb").stream().map(v -> v.split("\\|")[0]).anyMatch(text::contains));
    }
}
