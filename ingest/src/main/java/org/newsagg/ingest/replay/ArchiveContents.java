package org.newsagg.ingest.replay;

import java.util.Comparator;
import java.util.List;
import org.newsagg.ingest.feeds.FeedParseException;
import org.newsagg.model.Article;

/**
 * Everything an archive holds, ready to replay: articles sorted by publication time, then id, every item kept
 * (downstream dedupes); how many feed files and article files yielded articles; one error per unreadable file; and
 * one note per file of a directory that was skipped because it is neither a feed nor JSON-lines (an index, notes).
 */
public record ArchiveContents(List<Article> articles, int feeds, List<FeedParseException> failures,
        List<String> skipped) {

    /** Replay order: publication time, then id, so equal times still replay the same way every time. */
    public static final Comparator<Article> ORDER = Comparator.comparing(Article::published).thenComparing(Article::id);

    public ArchiveContents {
        articles = List.copyOf(articles);
        failures = List.copyOf(failures);
        skipped = List.copyOf(skipped);
    }

    public ArchiveContents(List<Article> articles, int feeds, List<FeedParseException> failures) {
        this(articles, feeds, failures, List.of());
    }
}
