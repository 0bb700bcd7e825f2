package org.newsagg.eval.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsagg.streams.tagging.ArticleTagger;
import org.newsagg.streams.tagging.TaggingSettings;

/** Quality regression: the tagger against the team's own hand-coded gold sentences (tagging/gold.jsonl). */
class GoldSetQualityTest {

    @Test
    void tagsTheGoldSentencesAboveTheAgreedTargets() throws URISyntaxException {
        List<GoldSentence> gold = GoldSentence.readBundled("gold");
        TagScores s = TagEvaluator.score(gold, ArticleTagger.load(TaggingSettings.defaults()));

        assertEquals(169, s.sentences());
        String report = s.summary() + "\nworst: " + s.worstMisses();
        assertTrue(s.actorPrecision() >= 0.90, report);
        assertTrue(s.actorRecall() >= 0.85, report);
        assertTrue(s.eventRootPrecision() >= 0.80, report);
        assertTrue(s.eventRootRecall() >= 0.70, report);
        // Floors just under the figures reached with the dyad-side rules (7 Dec 2026: target 0.892, both right
        // 0.859; 0.893 and 0.865 with the headline-language rules; 0.894 and 0.877 after the ninth session's
        // rounds), so that a change that loses the roles fails here rather than only in a report.
        assertTrue(s.targetAccuracy() >= 0.89, report);
        assertTrue(s.rolesRightOverAll() >= 0.87, report);
    }

    /** The development set's tuning part (real news text and headline forms), floors just under its figures. */
    @Test
    void tagsTheDevelopmentTuningPartAboveItsFloors() {
        List<GoldSentence> gold = GoldSentence.readBundled("dev-tune");
        TagScores s = TagEvaluator.score(gold, ArticleTagger.load(TaggingSettings.defaults()));

        // 598 since the part was extended with 314 sentences from more ECB+ tune topics (DEV-GOLD.md), mostly local
        // crime, riots and piracy: on the first 284 the tagger had root P 0.805, R 0.711, both roles right 0.561;
        // on all 598, before any tuning to the new lines, 0.701, 0.513, 0.388; after the rounds on sentence
        // structure, coverage and crime (7 Dec 2026), 0.725, 0.611, 0.459; after the rounds on local sides and
        // background clauses (helper/tagsides) and on recall (helper/tagrecall: ships, capitals as places, local
        // places, clashes both ways, missed acts), merged: 0.821, 0.771, 0.641; with the verbal categories
        // (helper/tagverbal), 0.827, 0.776, 0.646; with world-politics statements (helper/tagstatements) and sides
        // (helper/tagdyads), merged: 0.834, 0.789, 0.660.
        assertEquals(598, s.sentences());
        String report = s.summary() + "\nworst: " + s.worstMisses();
        assertTrue(s.eventRootPrecision() >= 0.83, report);
        assertTrue(s.eventRootRecall() >= 0.78, report);
        assertTrue(s.rolesRightOverAll() >= 0.65, report);
    }
}
