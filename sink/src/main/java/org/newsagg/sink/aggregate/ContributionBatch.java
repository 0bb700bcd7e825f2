package org.newsagg.sink.aggregate;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The contributions one article (or one syndicated copy of it) makes to the aggregate keys of one {@code by-key}
 * partition: what crosses the {@code by-key} topic as one record, instead of one record per key (an article has
 * about 20 keys; they fall in at most as many partitions as the topic has). Every contribution of a batch shares the
 * article's fields and its join task's stamps ({@link #sharesArticle}), so the batch is counted, dead-lettered or
 * swept as one, and {@link ContributionBatchSerde} writes those fields once.
 *
 * @param contributions in the order the join made them; never empty
 */
public record ContributionBatch(List<Contribution> contributions) {

    public ContributionBatch {
        contributions = List.copyOf(contributions);
        if (contributions.isEmpty()) throw new IllegalArgumentException("a batch of no contributions");
        Contribution first = contributions.get(0);
        for (Contribution c : contributions) {
            if (!sharesArticle(first, c)) {
                throw new IllegalArgumentException("contributions of " + first.articleId() + " and " + c.articleId()
                        + " (or of different stamps) in one batch");
            }
        }
    }

    public static ContributionBatch of(Contribution c) {
        return new ContributionBatch(List.of(c));
    }

    /** The first contribution: its article fields and stamps are every contribution's. */
    public Contribution first() {
        return contributions.get(0);
    }

    public Instant published() {
        return first().published();
    }

    public boolean copy() {
        return first().copy();
    }

    /** Same article, outlet, publication and stamps: all but the key and what the article adds under it. */
    static boolean sharesArticle(Contribution a, Contribution b) {
        return Objects.equals(a.articleId(), b.articleId()) && Objects.equals(a.storyId(), b.storyId())
                && Objects.equals(a.outlet(), b.outlet()) && Objects.equals(a.published(), b.published())
                && a.copy() == b.copy() && Objects.equals(a.title(), b.title()) && Objects.equals(a.url(), b.url())
                && Objects.equals(a.origin(), b.origin()) && Objects.equals(a.watermark(), b.watermark())
                && Objects.equals(a.slowestInput(), b.slowestInput());
    }
}
