package org.newsagg.ingest.publish;

import java.util.concurrent.CompletableFuture;
import org.newsagg.model.Article;

/** Where ingest puts the articles it reads: the raw topic in production, a list in tests. */
public interface ArticleSink extends AutoCloseable {

    void publish(Article article);

    /**
     * Publishes and says when the article is stored: the future fails when it could not be. By default, as
     * {@link #publish} (stored when it returns); a sink that sends asynchronously completes it on the broker's
     * answer.
     */
    default CompletableFuture<Void> send(Article article) {
        publish(article);
        return CompletableFuture.completedFuture(null);
    }

    /** Blocks until everything published so far is stored, or throws if some of it could not be. */
    void flush();

    @Override
    void close();
}
