package org.newsagg.streams.dedupe;

import java.util.List;
import java.util.Optional;
import org.newsagg.model.Article;

/** Exact dedupe on id and content hash. */
public final class Deduplicator {
    public Deduplicator(DedupeSettings settings) {}

    public DedupeDecision decide(Article article, DedupeStore store) {
        Optional<StoredArticle> same = store.get(article.id());
        if (same.isPresent()) return new DedupeDecision("exact", same.get().id(), 1.0, same.get().storyId());
        List<String> byHash = store.postings("h:" + article.contentHash());
        if (!byHash.isEmpty()) {
            StoredArticle original = store.get(byHash.get(0)).orElseThrow();
            return new DedupeDecision("exact", original.id(), 1.0, original.storyId());
        }
        store.put(new StoredArticle(article.id(), article.source(), article.published(), article.contentHash(),
                article.id()));
        store.post("h:" + article.contentHash(), article.id(), article.published());
        return new DedupeDecision("unique", null, 0.0, article.id());
    }
}
