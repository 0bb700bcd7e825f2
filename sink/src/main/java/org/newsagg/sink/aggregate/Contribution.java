package org.newsagg.sink.aggregate;

import java.time.Instant;
import java.util.List;
import org.newsagg.sink.evidence.EventEvidence;

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
 * @param origin        the join task (tagged partition) that sent it
 * @param watermark     the dedupe watermark of the tagged article that sent it (the original, or the original
 *                      that released a waiting copy); null for a copy sent as it came: only the tagged partition
 *                      arrives in dedupe order ({@link InputWatermarks})
 * @param slowestInput  the join task's slowest input when it sent this: the lowest dedupe watermark any record
 *                      still to come to that task can carry (its tagged partition and every duplicates partition);
 *                      null while one of them has not been heard from
 * @param evidence      for an event, event root, PLOVER or dyad key of an article: the sentence and trigger words of
 *                      each of its events under the key, kept by the evidence store; null for other keys and copies
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
        String url,
        Integer origin,
        Instant watermark,
        Instant slowestInput,
        List<EventEvidence> evidence) {

    /** A contribution not yet stamped with where it came from. */
    public Contribution(String dimension, String key, String articleId, String storyId, String outlet,
            Instant published, boolean copy, int events, double goldsteinSum, String title, String url) {
        this(dimension, key, articleId, storyId, outlet, published, copy, events, goldsteinSum, title, url, null, null,
                null, null);
    }

    /** A contribution without evidence, stamped. */
    public Contribution(String dimension, String key, String articleId, String storyId, String outlet,
            Instant published, boolean copy, int events, double goldsteinSum, String title, String url, Integer origin,
            Instant watermark, Instant slowestInput) {
        this(dimension, key, articleId, storyId, outlet, published, copy, events, goldsteinSum, title, url, origin,
                watermark, slowestInput, null);
    }

    /** This contribution with the evidence of its events under the key. */
    public Contribution withEvidence(List<EventEvidence> evidence) {
        return new Contribution(dimension, key, articleId, storyId, outlet, published, copy, events, goldsteinSum,
                title, url, origin, watermark, slowestInput, evidence);
    }

    /** This contribution, sent by join task {@code origin} with the stamps described above. */
    public Contribution stamped(Integer origin, Instant watermark, Instant slowestInput) {
        return new Contribution(dimension, key, articleId, storyId, outlet, published, copy, events, goldsteinSum,
                title, url, origin, watermark, slowestInput, evidence);
    }

    public String groupKey() {
        return dimension + "|" + key;
    }
}
