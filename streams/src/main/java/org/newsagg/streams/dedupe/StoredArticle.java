package org.newsagg.streams.dedupe;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the dedupe state keeps per article: enough to recognise copies of it and to group later articles into its
 * story, small enough for a window store (about 1.3 KB as JSON with {@code org.newsagg.model.Json}).
 * {@code weights} is an array: records compare it by identity, so compare stored articles field by field.
 *
 * @param id          the article's id
 * @param source      its outlet
 * @param published   its publication time, the store's timestamp
 * @param contentHash {@code Article.contentHash()}
 * @param storyId     the story it belongs to
 * @param duplicateOf for a stored copy, the original's id; null for a unique article
 * @param sketch      MinHash of the whole cleaned body, base64 of big-endian ints; null for a copy
 * @param leadSketch  MinHash of the body's first shingles, for truncated copies; null for a copy
 * @param shingles    number of distinct shingles of the body
 * @param leadShingles number of distinct shingles in the lead
 * @param terms       the story profile's terms, most weighted first
 * @param weights     their weights, in thousandths of a unit-length vector
 * @param dates       the calendar words it names, counted ({@link EventSignature}); empty for a copy or an entry
 *                    stored before dates were kept
 */
public record StoredArticle(
        String id,
        String source,
        Instant published,
        String contentHash,
        String storyId,
        String duplicateOf,
        String sketch,
        String leadSketch,
        int shingles,
        int leadShingles,
        List<String> terms,
        int[] weights,
        Map<String, Integer> dates) {

    public StoredArticle {
        if (dates == null) dates = Map.of();
    }

    /** An article that names no dates. */
    public StoredArticle(String id, String source, Instant published, String contentHash, String storyId,
            String duplicateOf, String sketch, String leadSketch, int shingles, int leadShingles, List<String> terms,
            int[] weights) {
        this(id, source, published, contentHash, storyId, duplicateOf, sketch, leadSketch, shingles, leadShingles,
                terms, weights, Map.of());
    }

    /** A copy: kept so that its own re-polls are recognised, without the features a copy never needs. */
    public static StoredArticle copy(String id, String source, Instant published, String contentHash,
            String storyId, String duplicateOf) {
        return new StoredArticle(id, source, published, contentHash, storyId, duplicateOf, null, null, 0, 0,
                List.of(), new int[0], Map.of());
    }

    public boolean isCopy() {
        return duplicateOf != null;
    }
}
