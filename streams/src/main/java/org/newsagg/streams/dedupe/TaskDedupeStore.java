package org.newsagg.streams.dedupe;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.newsagg.runtime.EventTimeChangelog;
import org.newsagg.runtime.StoreKind;

/**
 * The dedupe state inside a stream task, all of it changelogged, so a restarted or moved task resumes with the same
 * memory and decides the same.
 *
 * <ul>
 *   <li>{@value #ARTICLES}: a window store of articles by id, at their publication time. A posting carries that
 *       time, so the lookups that matter are point lookups, not scans.</li>
 *   <li>{@value #POSTINGS}: a window store of ids by index key (content hash, LSH band, story, term). Appending is
 *       one small write; reads walk backwards from the newest and stop at the few they need.</li>
 *   <li>{@value #TERMS}: a key-value store of each term's document counts by day ({@link DayCounts}), one small
 *       read per term instead of counting a term's postings, and the store's stream time.</li>
 * </ul>
 *
 * The window stores drop whole segments once they fall out of the retention; the term counts are swept by
 * {@link #sweep()}. Reads hide everything older than stream time minus the retention, so whether a sweep or a segment
 * drop has happened yet never changes an answer: the decisions depend on the input alone.
 */
public final class TaskDedupeStore implements DedupeStore {

    public static final String ARTICLES = "dedupe-articles";
    public static final String POSTINGS = "dedupe-postings";
    public static final String TERMS = "dedupe-terms";
    public static final List<String> NAMES = List.of(ARTICLES, POSTINGS, TERMS);

    /**
     * Decoded articles recently looked up by posting. An article is written once under its id and publication time,
     * so a decoded copy never goes stale; reads through it apply the same cutoff as the store, and a restarted task
     * starts with it empty and reads the same values from the store. It saves decoding the same stored article for
     * every article of a busy story.
     */
    private static final int DECODED_CACHE = 4096;

    /**
     * Keys whose newest postings are kept decoded ({@link RecentPostings}): about 400 articles' worth of the keys a
     * decision reads (a decision reads about 38 keys and posts to most of them), so a live story's terms and stories,
     * and the bands of a copy's recent original, are answered without a RocksDB iterator.
     */
    private static final int POSTINGS_CACHE = 16_384;

    /** Where the stream time lives in the terms store; no term starts with a control character. */
    static final String STREAM_TIME_KEY = "\u0000stream-time";

    private final WindowStore<String, StoredArticle> articles;
    private final WindowStore<String, String> postings;
    private final KeyValueStore<String, long[]> terms;
    private final long retentionMillis;
    /** A copy of the stored stream time, read once the task's state is restored. */
    private long streamTime = Long.MIN_VALUE;
    private boolean streamTimeLoaded;
    private final Map<Posting, StoredArticle> decoded = new LinkedHashMap<>(DECODED_CACHE * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Posting, StoredArticle> eldest) {
            return size() > DECODED_CACHE;
        }
    };

    private final Map<String, RecentPostings> recentPostings =
            new LinkedHashMap<>(POSTINGS_CACHE * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RecentPostings> eldest) {
            return size() > POSTINGS_CACHE;
        }
    };

    /** Over stores built by {@link #storeBuilders}; the topology uses {@link #from}, tests and benchmarks this. */
    public TaskDedupeStore(WindowStore<String, StoredArticle> articles, WindowStore<String, String> postings,
            KeyValueStore<String, long[]> terms, Duration retention) {
        this.articles = articles;
        this.postings = postings;
        this.terms = terms;
        this.retentionMillis = retention.toMillis();
    }

    public static TaskDedupeStore from(ProcessorContext<?, ?> context, Duration retention) {
        return new TaskDedupeStore(context.getStateStore(ARTICLES), context.getStateStore(POSTINGS),
                context.getStateStore(TERMS), retention);
    }

    public static List<StoreBuilder<?>> storeBuilders(Duration retention, StoreKind kind) {
        // The "window size" of the window stores is unused (every entry is a point in time); it must not exceed
        // the retention.
        Duration size = Duration.ofMillis(1);
        return List.of(
                Stores.windowStoreBuilder(kind.window(ARTICLES, retention, size, false),
                        Serdes.String(), new StoredArticleSerde())
                        .withLoggingEnabled(EventTimeChangelog.CONFIG),
                Stores.windowStoreBuilder(kind.window(POSTINGS, retention, size, true),
                        Serdes.String(), Serdes.String())
                        .withLoggingEnabled(EventTimeChangelog.CONFIG),
                // Cached: common terms are read and rewritten by most articles, and the cache turns that into one
                // changelog write per term per commit.
                Stores.keyValueStoreBuilder(kind.keyValue(TERMS), Serdes.String(), new LongArraySerde())
                        .withCachingEnabled()
                        .withLoggingEnabled(java.util.Map.of()));
    }

    @Override
    public Optional<StoredArticle> get(String id) {
        long cutoff = cutoff();
        try (WindowStoreIterator<StoredArticle> it = articles.fetch(id, Math.max(0, cutoff), Long.MAX_VALUE)) {
            while (it.hasNext()) {
                KeyValue<Long, StoredArticle> kv = it.next();
                if (kv.key >= cutoff) return Optional.of(kv.value);
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<StoredArticle> get(Posting posting) {
        if (posting.published() < cutoff()) return Optional.empty();
        StoredArticle cached = decoded.get(posting);
        if (cached != null) return Optional.of(cached);
        StoredArticle stored = articles.fetch(posting.id(), posting.published());
        if (stored != null) decoded.put(posting, stored);
        return Optional.ofNullable(stored);
    }

    @Override
    public void put(StoredArticle article) {
        long at = article.published().toEpochMilli();
        advance(at);
        articles.put(article.id(), article, at);
        decoded.put(new Posting(article.id(), at), article);
    }

    @Override
    public List<Posting> postings(String key, int limit) {
        long from = Math.max(0, cutoff());
        RecentPostings recent = recentPostings.get(key);
        if (recent != null && recent.answers(limit)) return recent.read(from, limit);
        List<Posting> newestFirst = new ArrayList<>(Math.min(limit, 16));
        try (WindowStoreIterator<String> it = postings.backwardFetch(key, from, Long.MAX_VALUE)) {
            while (newestFirst.size() < limit && it.hasNext()) {
                KeyValue<Long, String> kv = it.next();
                newestFirst.add(new Posting(kv.value, kv.key));
            }
        }
        recentPostings.put(key, new RecentPostings(limit, new ArrayList<>(newestFirst)));
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    @Override
    public void post(String key, String id, Instant published) {
        long at = published.toEpochMilli();
        advance(at);
        postings.put(key, id, at);
        RecentPostings recent = recentPostings.get(key);
        if (recent == null) return;
        // At or behind the cutoff the window store may have skipped the write (an expired segment): only the
        // store knows, so the next read asks it. Every read hides such a posting anyway.
        if (at <= Math.max(0, cutoff()) || !recent.add(new Posting(id, at))) recentPostings.remove(key);
    }

    @Override
    public int documentFrequency(String term) {
        return DayCounts.sum(terms.get(term), firstDay());
    }

    @Override
    public void countDocument(String term, Instant published) {
        long at = published.toEpochMilli();
        advance(at);
        terms.put(term, DayCounts.add(terms.get(term), DayCounts.dayOf(at), firstDay()));
    }

    /**
     * The newest postings of one key as the store holds them, newest first: the newest {@code limit} the store
     * returned when it was read (all of them when fewer), and every posting written to the key since. The store
     * orders a key's postings by timestamp, then by write order, and drops only postings older than the cutoff
     * (whole expired segments, or a write into one), which every read hides: so the newest {@code limit} at or after
     * the cutoff read from here are those the store would return. A restarted task starts with none and reads them
     * from the store.
     */
    private static final class RecentPostings {
        private final int limit;
        private final ArrayList<Posting> newestFirst;

        RecentPostings(int limit, ArrayList<Posting> newestFirst) {
            this.limit = limit;
            this.newestFirst = newestFirst;
        }

        /** Whether it holds all that a read of {@code wanted} postings may need. */
        boolean answers(int wanted) {
            return wanted <= limit || newestFirst.size() < limit;
        }

        /** The newest {@code wanted} at or after {@code from}, oldest first, as {@link #postings} returns them. */
        List<Posting> read(long from, int wanted) {
            int n = 0;
            // Newest first: the first one older than the cutoff ends those that count.
            while (n < newestFirst.size() && n < wanted && newestFirst.get(n).published() >= from) n++;
            List<Posting> out = new ArrayList<>(n);
            for (int i = n - 1; i >= 0; i--) out.add(newestFirst.get(i));
            return out;
        }

        /**
         * A new posting, kept only if among the newest. Returns false when this copy can no longer say where the
         * store puts it: among postings of the same timestamp the store orders by a sequence number that starts
         * again at each restart, so a posting written after a restart may sort before one written before it.
         */
        boolean add(Posting p) {
            int i = 0;
            while (i < newestFirst.size() && newestFirst.get(i).published() > p.published()) i++;
            if (i < newestFirst.size() && newestFirst.get(i).published() == p.published()) return false;
            if (i == limit) return true;
            newestFirst.add(i, p);
            if (newestFirst.size() > limit) newestFirst.remove(newestFirst.size() - 1);
            return true;
        }
    }

    /** Deletes the term counts that no read can see any more. Returns how many. */
    public int sweep() {
        long firstDay = firstDay();
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, long[]> it = terms.all()) {
            while (it.hasNext()) {
                KeyValue<String, long[]> kv = it.next();
                if (!STREAM_TIME_KEY.equals(kv.key) && DayCounts.lastDay(kv.value) < firstDay) expired.add(kv.key);
            }
        }
        expired.forEach(terms::delete);
        return expired.size();
    }

    private void advance(long published) {
        long now = streamTime();
        if (published > now) {
            streamTime = published;
            terms.put(STREAM_TIME_KEY, new long[] {published});
        }
    }

    private long streamTime() {
        if (!streamTimeLoaded) {
            long[] stored = terms.get(STREAM_TIME_KEY);
            streamTime = stored == null ? Long.MIN_VALUE : stored[0];
            streamTimeLoaded = true;
        }
        return streamTime;
    }

    private long cutoff() {
        long now = streamTime();
        return now == Long.MIN_VALUE ? Long.MIN_VALUE : now - retentionMillis;
    }

    private long firstDay() {
        long cutoff = cutoff();
        return cutoff == Long.MIN_VALUE ? Long.MIN_VALUE : DayCounts.dayOf(cutoff);
    }
}
