package org.newsagg.sink.aggregate;

import org.newsagg.model.DuplicateArticle;

/**
 * What the syndication join sends on: the contributions of an article (or copy) to the keys of one by-key
 * partition, or a copy whose original can no longer come (its tagged partition has passed the copy's watermark
 * without it), bound for the dead-letter topic with the reason.
 */
record JoinResult(ContributionBatch contributions, DuplicateArticle unjoined, String why) {

    static JoinResult of(ContributionBatch c) {
        return new JoinResult(c, null, null);
    }

    static JoinResult unjoined(DuplicateArticle copy, String why) {
        return new JoinResult(null, copy, why);
    }

    boolean isUnjoined() {
        return unjoined != null;
    }
}
