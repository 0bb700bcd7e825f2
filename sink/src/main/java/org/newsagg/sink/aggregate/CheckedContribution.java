package org.newsagg.sink.aggregate;

/** A contribution with the expiry guard's verdict: {@code expired} null when its windows are there to count it. */
record CheckedContribution(Contribution contribution, String expired) {
    boolean isExpired() {
        return expired != null;
    }
}
