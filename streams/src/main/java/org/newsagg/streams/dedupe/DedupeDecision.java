package org.newsagg.streams.dedupe;

/**
 * The verdict on one article: the topology sends "unique" ones on to tagging and copies to the duplicates topic.
 *
 * @param verdict     {@link #UNIQUE}, {@link #EXACT} or {@link #NEAR}
 * @param duplicateOf the original's id for a copy, null for a unique article
 * @param similarity  estimated similarity with the original (1.0 for exact copies, 0.0 for unique articles)
 * @param storyId     the story: the original's for a copy, the joined story's or the article's own id otherwise
 */
public record DedupeDecision(String verdict, String duplicateOf, double similarity, String storyId) {

    public static final String UNIQUE = "unique";
    public static final String EXACT = "exact";
    public static final String NEAR = "near";

    public boolean isDuplicate() {
        return !UNIQUE.equals(verdict);
    }
}
