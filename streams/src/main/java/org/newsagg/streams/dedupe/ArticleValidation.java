package org.newsagg.streams.dedupe;

import org.newsagg.model.Article;

/**
 * Rejects raw records that parsed as JSON but cannot be an article (a wrong schema on the topic). The exception
 * reaches the dead-letter handler, which records this message as the reason.
 */
final class ArticleValidation {

    private ArticleValidation() {}

    static Article requireValid(Article a) {
        if (a == null) throw new IllegalArgumentException("raw record has no value");
        if (a.id() == null || a.id().isBlank()) throw new IllegalArgumentException("raw article has no id");
        if (a.published() == null) throw new IllegalArgumentException("raw article " + a.id() + " has no published time");
        if ((a.title() == null || a.title().isBlank()) && (a.text() == null || a.text().isBlank())) {
            throw new IllegalArgumentException("raw article " + a.id() + " has neither title nor text");
        }
        return a;
    }
}
