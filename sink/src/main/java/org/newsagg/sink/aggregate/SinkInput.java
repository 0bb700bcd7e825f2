package org.newsagg.sink.aggregate;

import org.newsagg.model.DuplicateArticle;
import org.newsagg.model.TaggedArticle;

/**
 * Either a counted article or a copy of one, keyed by the original's id so both meet in the same task.
 *
 * @param copyPartition for a copy, the duplicates partition it was read from: copies from one partition arrive in
 *                      dedupe order, so the join can tell how far back a copy can still need its original
 *                      ({@link SyndicationJoiner}); null for an article, or a record from an older version
 */
public record SinkInput(TaggedArticle tagged, DuplicateArticle copy, Integer copyPartition) {
    public static SinkInput of(TaggedArticle t) {
        return new SinkInput(t, null, null);
    }

    public static SinkInput of(DuplicateArticle d, int partition) {
        return new SinkInput(null, d, partition);
    }
}
