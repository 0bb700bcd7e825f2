package org.newsagg.ingest.feeds;

import java.util.List;
import org.newsagg.model.Article;

/**
 * What one feed body yielded: its articles in feed order and every problem that was repaired on the way, named
 * once each ("encoding guessed: windows-1252", "bare & repaired", "entity replaced: &nbsp;").
 */
public record ParsedFeed(String location, String title, List<Article> articles, List<String> recoveries) {

    public ParsedFeed {
        articles = List.copyOf(articles);
        recoveries = List.copyOf(recoveries);
    }
}
