package org.newsagg.ingest.replay;

import java.util.List;
import org.newsagg.ingest.feeds.FeedParseException;
import org.newsagg.model.Article;

/**
 * Everything an archive holds, ready to replay: articles sorted by publication time, then id, every item kept
 * (downstream dedupes); how many feed files and article files yielded articles; and one error per unreadable file.
 */
public record ArchiveContents(List<Article> articles, int feeds, List<FeedParseException> failures) {

    public ArchiveContents {
        articles = List.copyOf(articles);
        failures = List.copyOf(failures);
    }
}
