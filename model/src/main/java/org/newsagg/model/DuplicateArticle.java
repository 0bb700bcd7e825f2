package org.newsagg.model;

import java.time.Instant;

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
 * @param watermark   the dedupe watermark when this copy was decided (see {@link TaggedArticle#watermark()}); a
 *                    copy from another outlet on this topic was on time by the dedupe stage's rule and counts. Null
 *                    in records written before the stamp existed: readers take the copy's publication time
 */
public record DuplicateArticle(
        Article article,
        String verdict,
        String duplicateOf,
        double similarity,
        String storyId,
        String originalSource,
        Instant watermark) {

    public static final String EXACT = "exact";
    public static final String NEAR = "near";

    /** A copy not stamped by the dedupe stage (tests, other producers, records from older versions). */
    public DuplicateArticle(Article article, String verdict, String duplicateOf, double similarity, String storyId,
            String originalSource) {
        this(article, verdict, duplicateOf, similarity, storyId, originalSource, null);
    }

    /** The stamp, or the copy's publication time for an unstamped record. */
    public Instant watermarkOrPublished() {
        return watermark != null ? watermark : article == null ? null : article.published();
    }
}
