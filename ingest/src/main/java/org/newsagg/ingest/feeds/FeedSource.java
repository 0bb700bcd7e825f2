package org.newsagg.ingest.feeds;

import java.time.Duration;
import java.util.List;

/**
 * One configured feed: where to poll it, the outlet name articles carry, and how often to poll. Any field but
 * {@code url} may be null; the parser then falls back to what the feed says about itself.
 *
 * @param interval poll interval; null means the poller's configured default
 */
public record FeedSource(String url, String name, String language, Duration interval, List<String> tags) {

    public FeedSource {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A source known only by its location, as for archive files without a sidecar. */
    public static FeedSource of(String url) {
        return new FeedSource(url, null, null, null, List.of());
    }
}
