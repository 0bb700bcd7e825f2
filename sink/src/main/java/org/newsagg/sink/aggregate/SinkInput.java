package org.newsagg.sink.aggregate;

import org.newsagg.model.DuplicateArticle;
import org.newsagg.model.TaggedArticle;

/** Either a counted article or a copy of one, keyed by the original's id so both meet in the same task. */
public record SinkInput(TaggedArticle tagged, DuplicateArticle copy) {
    public static SinkInput of(TaggedArticle t) {
        return new SinkInput(t, null);
    }

    public static SinkInput of(DuplicateArticle d) {
        return new SinkInput(null, d);
    }
}
