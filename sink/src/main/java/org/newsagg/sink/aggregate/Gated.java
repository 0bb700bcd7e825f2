package org.newsagg.sink.aggregate;

import org.newsagg.model.TaggedArticle;

/** A tagged article with the lateness gate's verdict: {@code lateBy} null when it is on time. */
public record Gated(TaggedArticle article, String lateBy) {
    public boolean late() {
        return lateBy != null;
    }
}
