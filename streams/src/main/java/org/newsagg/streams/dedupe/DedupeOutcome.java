package org.newsagg.streams.dedupe;

import java.time.Instant;
import org.newsagg.model.Article;
import org.newsagg.model.DuplicateArticle;

/**
 * An article with its dedupe verdict, on its way to the duplicates topic, to tagging, or (late) to the dead-letter
 * topic.
 *
 * @param watermark the dedupe task's watermark when it decided: the newest publication time it had read
 * @param late      why the article is too late to count ({@link LatenessRule}), or null when it is on time
 */
public record DedupeOutcome(Article article, DedupeDecision decision, String originalSource, Instant watermark,
        String late) {

    public boolean isLate() {
        return late != null;
    }

    public boolean unique() {
        return !decision.isDuplicate();
    }

    public DuplicateArticle toDuplicate() {
        return new DuplicateArticle(article, decision.verdict(), decision.duplicateOf(), decision.similarity(),
                decision.storyId(), originalSource, watermark);
    }
}
