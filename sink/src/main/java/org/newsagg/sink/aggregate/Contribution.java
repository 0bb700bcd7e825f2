package org.newsagg.sink.aggregate;

import java.time.Instant;

/**
 * What one article, or one syndicated copy of it, adds to one aggregate key: the unit that flows from the join to
 * the rolling aggregator, keyed {@code dimension|key}.
 *
 * @param dimension     "actor", "country", "event", "eventRoot", "plover", "dyad" or "outlet"
 * @param key           the dimension's value
 * @param articleId     the counted article (the original, for a copy)
 * @param storyId       its story
 * @param outlet        the outlet that carried it: the article's own, or the copy's
 * @param published     the original's publication time: copies count in the original's windows
 * @param copy          true for a syndicated copy (counts in syndicated and sources, not articles)
 * @param events        asserted events this article adds to the key
 * @param goldsteinSum  sum of those events' Goldstein scores
 * @param title         headline, for samples
 * @param url           link, for samples
 */
public record Contribution(
        String dimension,
        String key,
        String articleId,
        String storyId,
        String outlet,
        Instant published,
        boolean copy,
        int events,
        double goldsteinSum,
        String title,
        String url) {

    public String groupKey() {
        return dimension + "|" + key;
    }
}
