package org.newsagg.bench;

import java.time.Duration;
import java.time.Instant;

/**
 * What synthetic corpus to generate: the same spec always gives the same articles.
 *
 * @param articles      how many records, copies included
 * @param size          target text length in characters (the 1,500 or 5,000)
 * @param dupShare      share of records that are copies: half syndicated near copies, half exact re-polls
 * @param seed          random seed
 * @param start         publication time of the first article
 * @param span          publication times are spread evenly, in order, over this span
 * @param markerOutlets give every record its own outlet name, so its aggregate can be recognised (latency runs)
 */
public record CorpusSpec(int articles, int size, double dupShare, long seed, Instant start, Duration span,
        boolean markerOutlets) {

    public CorpusSpec {
        if (articles < 0) throw new IllegalArgumentException("articles must be >= 0");
        if (size < 200) throw new IllegalArgumentException("size must be >= 200 characters");
        if (dupShare < 0 || dupShare >= 1) throw new IllegalArgumentException("dup share must be in [0, 1)");
    }

    public CorpusSpec withArticles(int n) {
        return new CorpusSpec(n, size, dupShare, seed, start, span, markerOutlets);
    }

    /** The span that {@code n} articles take at this corpus's density (articles per unit of publication time). */
    public Duration spanOf(int n) {
        return articles == 0 ? span : Duration.ofMillis(Math.round((double) span.toMillis() * n / articles));
    }

    public CorpusSpec withMarkers(Instant newStart, Duration newSpan) {
        return new CorpusSpec(articles, size, dupShare, seed, newStart, newSpan, true);
    }
}
