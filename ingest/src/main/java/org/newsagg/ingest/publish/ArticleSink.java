package org.newsagg.ingest.publish;

import org.newsagg.model.Article;

/** Where ingest puts the articles it reads: the raw topic in production, a list in tests. */
public interface ArticleSink extends AutoCloseable {

    void publish(Article article);

    /** Blocks until everything published so far is stored, or throws if some of it could not be. */
    void flush();

    @Override
    void close();
}
