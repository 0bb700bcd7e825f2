package org.newsagg.sink.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.newsagg.model.Aggregate;
import org.newsagg.model.Trending;

/**
 * What the API can ask of the sink's state: one key's windows, a dimension's top keys, the current window, the
 * trending lists. Implementations answer for this instance only ({@link LocalReadModel}) or for the whole
 * application ({@link RoutingReadModel}). Unknown window names throw {@link IllegalArgumentException}; state
 * that cannot be reached right now (rebalancing, a peer down) throws {@link QueryUnavailableException}.
 */
public interface AggregateReadModel {

    /** The windows of one key whose start lies in {@code [from, to]}, oldest first; windows without data are absent. */
    List<Aggregate> windows(String dimension, String key, String window, Instant from, Instant to);

    /** The {@code n} keys with the most articles in one window, most first, ties by key. */
    List<Aggregate> top(String dimension, String window, Instant windowStart, int n);

    /** The newest publication time counted anywhere, empty before the first article. */
    Optional<Instant> newestEvent();

    /**
     * The start of the current window of a family: the one that contains the newest article and ends soonest after
     * it. For tumbling windows that is the newest window with data; for hopping windows ({@code 24h/1h}) it is the
     * window covering the last 24 hours up to the end of the current hour, not the one that has just begun.
     */
    Optional<Instant> latestWindowStart(String window);

    /** The newest trending list of a dimension, empty before its first refresh. */
    Optional<Trending> trending(String dimension);
}
