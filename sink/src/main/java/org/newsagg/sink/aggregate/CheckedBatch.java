package org.newsagg.sink.aggregate;

/**
 * A batch of contributions with the expiry guard's verdict: {@code expired} null when its windows are there to
 * count it. A batch is of one article (or copy), so its publication time, and so the verdict, is every one of its
 * contributions'.
 */
record CheckedBatch(ContributionBatch batch, String expired) {
    boolean isExpired() {
        return expired != null;
    }
}
