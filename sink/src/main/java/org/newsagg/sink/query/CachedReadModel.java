package org.newsagg.sink.query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.newsagg.model.Aggregate;
import org.newsagg.model.Trending;

/**
 * Keeps top-N answers, and the newest event time, for a moment. A top-N scans a dimension's part of the window
 * store on every instance (a few hundred milliseconds over days of busy data), and every open page asks for three of
 * them every few seconds: without this, each viewer would cost a scan. One key's windows are a point lookup and
 * pass through.
 */
public final class CachedReadModel implements AggregateReadModel {

    private record Entry(long expiresNanos, Object value) {}

    private final AggregateReadModel delegate;
    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public CachedReadModel(AggregateReadModel delegate, Duration ttl, LongSupplier nanoTime) {
        this.delegate = delegate;
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    public CachedReadModel(AggregateReadModel delegate, Duration ttl) {
        this(delegate, ttl, System::nanoTime);
    }

    @Override
    public List<Aggregate> windows(String dimension, String key, String window, Instant from, Instant to) {
        return delegate.windows(dimension, key, window, from, to);
    }

    @Override
    public List<Aggregate> top(String dimension, String window, Instant windowStart, int n) {
        return cached("top|" + dimension + "|" + window + "|" + windowStart + "|" + n,
                () -> delegate.top(dimension, window, windowStart, n));
    }

    @Override
    public Optional<Instant> newestEvent() {
        return cached("newest", delegate::newestEvent);
    }

    @Override
    public Optional<Instant> latestWindowStart(String window) {
        return cached("latest|" + window, () -> delegate.latestWindowStart(window));
    }

    @Override
    public Optional<Trending> trending(String dimension) {
        return delegate.trending(dimension);
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String key, Supplier<T> query) {
        long now = nanoTime.getAsLong();
        Entry e = entries.get(key);
        if (e != null && now - e.expiresNanos() < 0) return (T) e.value();
        // Failures are not cached: the next request asks again.
        T value = query.get();
        if (entries.size() > 1000) entries.clear();
        entries.put(key, new Entry(now + ttlNanos, value));
        return value;
    }
}
