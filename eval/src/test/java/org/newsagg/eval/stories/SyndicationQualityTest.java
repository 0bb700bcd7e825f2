package org.newsagg.eval.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.newsagg.streams.dedupe.DedupeSettings;

/** Quality regression: the targets of the brief, on the generated syndication set (docs/dedupe.md). */
class SyndicationQualityTest {

    @Test
    void nearCopiesAreFoundWithoutCallingDistinctSameEventArticlesCopies() throws IOException {
        NearDuplicateReport.Scores scores = evaluate(20260302L);
        assertEquals(43, scores.nearCopies());
        assertEquals(0, scores.falseDuplicates());
        assertTrue(scores.precision() >= 0.99, "precision " + scores.precision());
        assertTrue(scores.nearRecall() >= 0.95, "near recall " + scores.nearRecall());
    }

    @Test
    void distinctArticlesOnOneEventAreGroupedIntoOneStory() throws IOException {
        StoryScores stories = evaluate(20260302L).stories();
        assertEquals(4, stories.goldClusters());
        assertEquals(4, stories.predictedClusters());
        assertEquals(1.0, stories.b3F1());
    }

    private static NearDuplicateReport.Scores evaluate(long seed) throws IOException {
        try (InputStream in = SyndicationQualityTest.class.getResourceAsStream("/dedupe/events.jsonl")) {
            var set = new SyndicationSetGenerator().generate(NearDuplicateReport.readBases(in), 8, seed);
            return NearDuplicateReport.evaluate(set, DedupeSettings.defaults());
        }
    }
}
