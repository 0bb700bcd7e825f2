package org.newsagg.eval.stories;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores predicted story ids against gold clusters, over the articles the gold map names (an article with no
 * prediction counts as a story of its own). Used by the evaluation mains and the quality tests.
 */
public final class StoryEvaluator {

    private StoryEvaluator() {}

    public static StoryScores score(Map<String, String> predictedStory, Map<String, String> gold,
            Set<String> falseDuplicateIds) {
        Set<String> ids = new TreeSet<>(gold.keySet());
        Map<String, String> predicted = new HashMap<>();
        for (String id : ids) predicted.put(id, predictedStory.getOrDefault(id, "own:" + id));

        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> predSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (String id : ids) {
            goldSize.merge(gold.get(id), 1, Integer::sum);
            predSize.merge(predicted.get(id), 1, Integer::sum);
            both.merge(gold.get(id) + "\u0000" + predicted.get(id), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (String id : ids) {
            int common = both.get(gold.get(id) + "\u0000" + predicted.get(id));
            p += (double) common / predSize.get(predicted.get(id));
            r += (double) common / goldSize.get(gold.get(id));
        }
        int n = ids.size();
        double b3p = n == 0 ? 0 : p / n;
        double b3r = n == 0 ? 0 : r / n;

        long samePairs = 0;
        for (int c : both.values()) samePairs += pairs(c);
        long predPairs = 0;
        for (int c : predSize.values()) predPairs += pairs(c);
        long goldPairs = 0;
        for (int c : goldSize.values()) goldPairs += pairs(c);
        double pp = predPairs == 0 ? 1.0 : (double) samePairs / predPairs;
        double pr = goldPairs == 0 ? 1.0 : (double) samePairs / goldPairs;

        Set<String> falseDups = new HashSet<>(falseDuplicateIds);
        falseDups.retainAll(ids);
        return new StoryScores(b3p, b3r, f1(b3p, b3r), pp, pr, f1(pp, pr), n, goldSize.size(), predSize.size(),
                falseDups.size());
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
