package org.newsagg.eval.stories;

/** How well predicted stories match gold clusters: B-cubed and pairwise precision, recall and F1. */
public record StoryScores(double b3Precision, double b3Recall, double b3F1, double pairPrecision, double pairRecall,
        double pairF1, int articles, int goldClusters, int predictedClusters, int falseDuplicates) {

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "articles=%d goldClusters=%d predictedClusters=%d falseDuplicates=%d%n"
                        + "B-cubed   P=%.4f R=%.4f F1=%.4f%npairwise  P=%.4f R=%.4f F1=%.4f",
                articles, goldClusters, predictedClusters, falseDuplicates,
                b3Precision, b3Recall, b3F1, pairPrecision, pairRecall, pairF1);
    }
}
