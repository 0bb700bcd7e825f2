package org.newsagg.streams.dedupe;

import org.newsagg.model.Article;
import org.newsagg.model.DuplicateArticle;

/** An article with its dedupe verdict, on its way to the duplicates topic or to tagging. */
public record DedupeOutcome(Article article, DedupeDecision decision, String originalSource) {

    public boolean unique() {
        return !decision.isDuplicate();
    }

    public DuplicateArticle toDuplicate() {
        return new DuplicateArticle(article, decision.verdict(), decision.duplicateOf(), decision.similarity(),
                decision.storyId(), originalSource);
    }
}
