package org.newsagg.streams.dedupe;

/** The dedupe verdict for one article: "unique", "exact" or "near". */
public record DedupeDecision(String verdict, String duplicateOf, double similarity, String storyId) {
    public boolean unique() {
        return "unique".equals(verdict);
    }
}
