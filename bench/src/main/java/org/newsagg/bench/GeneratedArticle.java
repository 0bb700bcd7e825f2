package org.newsagg.bench;

import org.newsagg.model.Article;

/** One record of the synthetic corpus and what the generator made it: an original, a near copy or a re-poll. */
public record GeneratedArticle(Article article, Kind kind) {

    public enum Kind { ORIGINAL, NEAR_COPY, EXACT_REPOLL }
}
