package org.newsagg.streams.dedupe;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dedupe state in memory, for the offline CLI and the tests. It behaves like the topology's window stores:
 * entries expire once stream time (the latest publication time seen) has moved more than the retention past them,
 * and postings come back in timestamp order.
 */
public final class InMemoryDedupeStore implements DedupeStore {

    private final long retentionMillis;
    private final Map<String, StoredArticle> articles = new HashMap<>();
    private final Map<String, PostingList> postings = new HashMap<>();
    private long streamTime = Long.MIN_VALUE;
    private long lastSweep = Long.MIN_VALUE;

    public InMemoryDedupeStore(Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive, got " + retention);
        }
        this.retentionMillis = retention.toMillis();
    }

    @Override
    public Optional<StoredArticle> get(String id) {
        StoredArticle a = articles.get(id);
        return a == null || expired(a.published().toEpochMilli()) ? Optional.empty() : Optional.of(a);
    }

    @Override
    public void put(StoredArticle article) {
        advance(article.published());
        articles.put(article.id(), article);
        afterWrite();
    }

    @Override
    public List<String> postings(String key) {
        PostingList list = postings.get(key);
        if (list == null) return List.of();
        list.dropBefore(cutoff());
        return list.view;
    }

    @Override
    public void post(String key, String id, Instant published) {
        advance(published);
        postings.computeIfAbsent(key, k -> new PostingList()).add(id, published.toEpochMilli());
        afterWrite();
    }

    /** Number of articles currently held, expired ones not yet swept included. */
    public int size() {
        return articles.size();
    }

    private void advance(Instant published) {
        streamTime = Math.max(streamTime, published.toEpochMilli());
    }

    private long cutoff() {
        return streamTime == Long.MIN_VALUE ? Long.MIN_VALUE : streamTime - retentionMillis;
    }

    private boolean expired(long timestamp) {
        return timestamp < cutoff();
    }

    private void afterWrite() {
        // Sweeping walks every entry, so it runs each time stream time has moved an eighth of the retention:
        // memory stays within 9/8 of the retained data, at a cost independent of the article rate.
        if (lastSweep != Long.MIN_VALUE && streamTime - lastSweep < retentionMillis / 8) return;
        if (lastSweep == Long.MIN_VALUE) {
            lastSweep = streamTime;
            return;
        }
        lastSweep = streamTime;
        long cutoff = cutoff();
        articles.values().removeIf(a -> a.published().toEpochMilli() < cutoff);
        for (Iterator<PostingList> it = postings.values().iterator(); it.hasNext(); ) {
            PostingList list = it.next();
            list.dropBefore(cutoff);
            if (list.ids.isEmpty()) it.remove();
        }
    }

    /** Ids with their timestamps, kept sorted by timestamp (stable for equal ones) as a window store returns them. */
    private static final class PostingList {
        final ArrayList<String> ids = new ArrayList<>(4);
        final List<String> view = Collections.unmodifiableList(ids);
        long[] times = new long[4];

        void add(String id, long time) {
            int n = ids.size();
            if (n == times.length) times = java.util.Arrays.copyOf(times, n * 2);
            int at = n;
            while (at > 0 && times[at - 1] > time) at--;
            System.arraycopy(times, at, times, at + 1, n - at);
            times[at] = time;
            ids.add(at, id);
        }

        void dropBefore(long cutoff) {
            int drop = 0;
            while (drop < ids.size() && times[drop] < cutoff) drop++;
            if (drop == 0) return;
            ids.subList(0, drop).clear();
            System.arraycopy(times, drop, times, 0, ids.size());
        }
    }
}
