package org.newsagg.ingest.publish;

import java.util.ArrayList;
import java.util.List;
import org.newsagg.model.Article;

/** An {@link ArticleSink} that keeps what it is given, for tests and dry runs; thread-safe. */
public final class InMemoryArticleSink implements ArticleSink {

    private final List<Article> articles = new ArrayList<>();

    @Override
    public synchronized void publish(Article article) {
        articles.add(article);
    }

    /** A snapshot of everything published so far, in publication order. */
    public synchronized List<Article> articles() {
        return List.copyOf(articles);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
