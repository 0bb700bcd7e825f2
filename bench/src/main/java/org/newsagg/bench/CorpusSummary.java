package org.newsagg.bench;

import java.util.List;

/**
 * What the generator produced for the throughput runs: how many of each kind, how long the texts are, and over how
 * many hours of publication time (the density, which decides the share of per-hour and per-minute work).
 */
public record CorpusSummary(int articles, int size, double dupShare, long seed, double spanHours, long originals,
        long nearCopies, long exactRepolls, double meanTextChars, double meanJsonBytes) {

    public static CorpusSummary of(CorpusSpec spec, List<GeneratedArticle> corpus) {
        long originals = count(corpus, GeneratedArticle.Kind.ORIGINAL);
        long near = count(corpus, GeneratedArticle.Kind.NEAR_COPY);
        long repolls = count(corpus, GeneratedArticle.Kind.EXACT_REPOLL);
        double chars = corpus.stream().mapToInt(g -> g.article().text().length()).average().orElse(0);
        var serde = org.newsagg.model.NewsSerdes.article();
        double bytes = corpus.stream().limit(1000).mapToInt(g -> serde.serialize("", g.article()).length).average()
                .orElse(0);
        return new CorpusSummary(spec.articles(), spec.size(), spec.dupShare(), spec.seed(),
                spec.span().toMillis() / 3_600_000.0, originals, near, repolls,
                Math.round(chars), Math.round(bytes));
    }

    private static long count(List<GeneratedArticle> corpus, GeneratedArticle.Kind kind) {
        return corpus.stream().filter(g -> g.kind() == kind).count();
    }
}
