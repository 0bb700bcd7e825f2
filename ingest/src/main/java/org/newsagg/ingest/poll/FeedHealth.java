package org.newsagg.ingest.poll;

import java.time.Instant;

/**
 * One feed's state as the poller sees it. {@code lastError} is the most recent failure, kept after a later success
 * so it can be inspected; {@code consecutiveFailures} says whether the feed is failing now.
 *
 * @param itemsSeen items in every successful poll's body, counted again each time they reappear
 * @param itemsNew  items published: those not seen before in this feed, counted once the broker has stored them
 * @param publishFailures items whose send failed; each is sent again at the next poll
 */
public record FeedHealth(String url, String name, Instant lastSuccess, String lastError, int consecutiveFailures,
        long itemsSeen, long itemsNew, long publishFailures) {}
