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
 * The dedupe state in memory, for the offline CLI and the tests. It behaves like the topology's {@link TaskDedupeStore}:
 * entries expire once stream time (the latest publication time written) has moved more than the retention past
 * them, postings come back in timestamp order, and document frequencies are counted by day.
 */
public final class InMemoryDedupeStore implements DedupeStore {

    private final long retentionMillis;
    private final Map<String, StoredArticle> articles = new HashMap<>();
    private final Map<String, PostingList> postings = new HashMap<>();
    private final Map<String, long[]> documentCounts = new HashMap<>();
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
    public Optional<StoredArticle> get(Posting posting) {
        return get(posting.id());
    }

    @Override
    public void put(StoredArticle article) {
        advance(article.published().toEpochMilli());
        articles.put(article.id(), article);
        afterWrite();
    }

    @Override
    public List<Posting> postings(String key, int limit) {
        PostingList list = postings.get(key);
        if (list == null) return List.of();
        list.dropBefore(cutoff());
        return list.newest(limit);
    }

    @Override
    public void post(String key, String id, Instant published) {
        advance(published.toEpochMilli());
        postings.computeIfAbsent(key, k -> new PostingList()).add(new Posting(id, published.toEpochMilli()));
        afterWrite();
    }

    @Override
    public int documentFrequency(String term) {
        return DayCounts.sum(documentCounts.get(term), firstDay());
    }

    @Override
    public void countDocument(String term, Instant published) {
        long at = published.toEpochMilli();
        advance(at);
        documentCounts.put(term, DayCounts.add(documentCounts.get(term), DayCounts.dayOf(at), firstDay()));
        afterWrite();
    }

    /** Number of articles currently held, expired ones not yet swept included. */
    public int size() {
        return articles.size();
    }

    private void advance(long published) {
        streamTime = Math.max(streamTime, published);
    }

    private long cutoff() {
        return streamTime == Long.MIN_VALUE ? Long.MIN_VALUE : streamTime - retentionMillis;
    }

    private long firstDay() {
        return streamTime == Long.MIN_VALUE ? Long.MIN_VALUE : DayCounts.dayOf(cutoff());
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
        long firstDay = firstDay();
        articles.values().removeIf(a -> a.published().toEpochMilli() < cutoff);
        documentCounts.values().removeIf(c -> DayCounts.lastDay(c) < firstDay);
        for (Iterator<PostingList> it = postings.values().iterator(); it.hasNext(); ) {
            PostingList list = it.next();
            list.dropBefore(cutoff);
            if (list.entries.isEmpty()) it.remove();
        }
    }

    /** Postings kept sorted by timestamp (stable for equal ones), as a window store returns them. */
    private static final class PostingList {
        final ArrayList<Posting> entries = new ArrayList<>(4);

        void add(Posting p) {
            int at = entries.size();
            while (at > 0 && entries.get(at - 1).published() > p.published()) at--;
            entries.add(at, p);
        }

        /** A read-only view, valid until the next write: callers read postings before they post. */
        List<Posting> newest(int limit) {
            int from = Math.max(0, entries.size() - limit);
            return Collections.unmodifiableList(entries.subList(from, entries.size()));
        }

        void dropBefore(long cutoff) {
            int drop = 0;
            while (drop < entries.size() && entries.get(drop).published() < cutoff) drop++;
            if (drop > 0) entries.subList(0, drop).clear();
        }
    }
}
