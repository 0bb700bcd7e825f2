package org.newsagg.eval.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryEvaluatorTest {

    private static final Map<String, String> GOLD = Map.of("a", "x", "b", "x", "c", "y", "d", "y");

    @Test
    void perfectGroupingScoresOne() {
        StoryScores s = StoryEvaluator.score(Map.of("a", "1", "b", "1", "c", "2", "d", "2"), GOLD, Set.of());
        assertEquals(new StoryScores(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 4, 2, 2, 0), s);
    }

    @Test
    void everythingInOneStoryHasFullRecallAndHalfPrecision() {
        StoryScores s = StoryEvaluator.score(Map.of("a", "1", "b", "1", "c", "1", "d", "1"), GOLD, Set.of("c"));
        assertEquals(0.5, s.b3Precision());
        assertEquals(1.0, s.b3Recall());
        assertEquals(2.0 / 6.0, s.pairPrecision());
        assertEquals(1.0, s.pairRecall());
        assertEquals(1, s.predictedClusters());
        assertEquals(1, s.falseDuplicates());
    }

    @Test
    void articleWithoutPredictionCountsAsItsOwnStory() {
        StoryScores s = StoryEvaluator.score(Map.of("a", "1", "c", "2", "d", "2"), GOLD, Set.of());
        assertEquals(1.0, s.b3Precision());
        assertEquals(0.75, s.b3Recall());
        assertEquals(0.5, s.pairRecall());
        assertEquals(3, s.predictedClusters());
    }
}
