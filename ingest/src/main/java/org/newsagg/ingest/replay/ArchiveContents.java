package org.newsagg.ingest.replay;

import java.util.Comparator;
import java.util.List;
import org.newsagg.ingest.feeds.FeedParseException;
import org.newsagg.model.Article;

/**
 * Everything an archive holds, ready to replay: articles sorted by publication time, then id, every item kept
 * (downstream dedupes); how many feed files and article files yielded articles; and one error per unreadable file.
 */
public record ArchiveContents(List<Article> articles, int feeds, List<FeedParseException> failures) {

    /** Replay order: publication time, then id, so equal times still replay the same way every time. */
    public static final Comparator<Article> ORDER = Comparator.comparing(Article::published).thenComparing(Article::id);

    public ArchiveContents {
        articles = List.copyOf(articles);
        failures = List.copyOf(failures);
    }
}
