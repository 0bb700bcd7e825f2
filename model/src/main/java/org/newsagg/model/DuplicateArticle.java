package org.newsagg.model;

/**
 * An article found to be a copy of one seen before: the value of the duplicates topic, keyed by the copy's id.
 *
 * @param article     the copy
 * @param verdict     {@link #EXACT} (same id or content hash: a re-poll, a replay) or {@link #NEAR} (same text give
 *                    or take headline, boilerplate and small edits: syndication)
 * @param duplicateOf id of the original
 * @param similarity  estimated Jaccard similarity with the original, 1.0 for exact copies
 * @param storyId     the original's story
 * @param originalSource the original's outlet, so consumers can count spread without a join
 */
public record DuplicateArticle(
        Article article,
        String verdict,
        String duplicateOf,
        double similarity,
        String storyId,
        String originalSource) {

    public static final String EXACT = "exact";
    public static final String NEAR = "near";
}
