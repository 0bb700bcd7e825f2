package org.newsagg.runtime;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.query.Position;
import org.apache.kafka.streams.query.PositionBound;
import org.apache.kafka.streams.query.Query;
import org.apache.kafka.streams.query.QueryConfig;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowBytesStoreSupplier;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.apache.kafka.streams.state.internals.WindowKeySchema;

/**
 * A window store in the heap that keeps its entries in key order, as RocksDB's window store does within a segment:
 * Kafka Streams' own in-memory window store keeps them by time first, so a fetch of one key over a long time range
 * visits every distinct time in it. The stages' window stores hold points in time (each article at its publication
 * time) and look them up by key over their whole retention (dedupe postings and articles, the join's originals): in
 * Kafka's store that made every lookup cost as many steps as there were articles before it: the bench's reference
 * streams thread had spent six minutes of CPU, unfinished, on a corpus its RocksDB stores take 18 s over
 * (docs/benchmarks.md). Here a lookup is a range over one key's entries.
 *
 * <p>The entries live in Kafka Streams' in-memory key-value store under the window key format RocksDB's window store
 * and the changelog use (key, then window start, then a sequence number when duplicates are kept), so that store
 * registers, restores and tracks positions as it does for its own. As in RocksDB: a put of a record at or before
 * the newest time seen minus the retention is dropped, reads skip such records, and expired records leave the heap
 * in batches (every half retention of stream time here, a segment at a time there). The one difference from RocksDB
 * a reader can see: a range or whole-store fetch spanning more than one of RocksDB's segments comes from RocksDB
 * segment by segment, and from here in key order throughout.
 */
final class KeyOrderedInMemoryWindowStore implements WindowStore<Bytes, byte[]> {

    /** Window start and sequence number after the key (WindowKeySchema). */
    private static final int SUFFIX = Long.BYTES + Integer.BYTES;

    private final KeyValueStore<Bytes, byte[]> entries;
    private final long retention;
    private final long windowSize;
    private final boolean retainDuplicates;
    private long observedStreamTime = Long.MIN_VALUE;
    private long purgedUpTo = Long.MIN_VALUE;
    private int seqnum;

    KeyOrderedInMemoryWindowStore(String name, long retention, long windowSize, boolean retainDuplicates) {
        this.entries = Stores.inMemoryKeyValueStore(name).get();
        this.retention = retention;
        this.windowSize = windowSize;
        this.retainDuplicates = retainDuplicates;
    }

    /** Its supplier, for {@link Stores#windowStoreBuilder} and {@link Stores#timestampedWindowStoreBuilder}. */
    static WindowBytesStoreSupplier supplier(String name, long retention, long windowSize, boolean retainDuplicates) {
        return new WindowBytesStoreSupplier() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public WindowStore<Bytes, byte[]> get() {
                return new KeyOrderedInMemoryWindowStore(name, retention, windowSize, retainDuplicates);
            }

            @Override
            public String metricsScope() {
                return "in-memory-window";
            }

            /**
             * One segment: the record cache in front of the store orders its entries by segment, then key, and
             * merges them with the store's in that order, which must be the store's own.
             */
            @Override
            public long segmentIntervalMs() {
                return Long.MAX_VALUE;
            }

            @Override
            public long windowSize() {
                return windowSize;
            }

            @Override
            public boolean retainDuplicates() {
                return retainDuplicates;
            }

            @Override
            public long retentionPeriod() {
                return retention;
            }
        };
    }

    @Override
    public void put(Bytes key, byte[] value, long windowStartTimestamp) {
        observedStreamTime = Math.max(observedStreamTime, windowStartTimestamp);
        if (windowStartTimestamp <= observedStreamTime - retention) return;
        if (value == null) {
            // Duplicates cannot be deleted one by one, as in Kafka Streams' stores.
            if (!retainDuplicates) entries.delete(WindowKeySchema.toStoreKeyBinary(key, windowStartTimestamp, 0));
        } else {
            if (retainDuplicates) seqnum = (seqnum + 1) & 0x7FFFFFFF;
            entries.put(WindowKeySchema.toStoreKeyBinary(key, windowStartTimestamp, retainDuplicates ? seqnum : 0),
                    value);
        }
        purgeExpired();
    }

    @Override
    public byte[] fetch(Bytes key, long time) {
        if (time < liveFrom()) return null;
        return entries.get(WindowKeySchema.toStoreKeyBinary(key, time, 0));
    }

    @Override
    public WindowStoreIterator<byte[]> fetch(Bytes key, long timeFrom, long timeTo) {
        return times(select(key, key, timeFrom, timeTo, false));
    }

    @Override
    public WindowStoreIterator<byte[]> backwardFetch(Bytes key, long timeFrom, long timeTo) {
        return times(select(key, key, timeFrom, timeTo, true));
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> fetch(Bytes keyFrom, Bytes keyTo, long timeFrom, long timeTo) {
        return windows(select(keyFrom, keyTo, timeFrom, timeTo, false));
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> backwardFetch(Bytes keyFrom, Bytes keyTo, long timeFrom,
            long timeTo) {
        return windows(select(keyFrom, keyTo, timeFrom, timeTo, true));
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> fetchAll(long timeFrom, long timeTo) {
        return windows(select(null, null, timeFrom, timeTo, false));
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> backwardFetchAll(long timeFrom, long timeTo) {
        return windows(select(null, null, timeFrom, timeTo, true));
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> all() {
        return fetchAll(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> backwardAll() {
        return backwardFetchAll(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /**
     * The live entries whose key is in {@code [keyFrom, keyTo]} (null: unbounded) and whose window starts in {@code
     * [timeFrom, timeTo]}, in key order (reversed if {@code backward}), read at once: callers delete while they
     * iterate (the sweeps), and a key's range is short.
     */
    private List<KeyValue<Bytes, byte[]>> select(Bytes keyFrom, Bytes keyTo, long timeFrom, long timeTo,
            boolean backward) {
        List<KeyValue<Bytes, byte[]>> out = new ArrayList<>();
        long from = Math.max(timeFrom, liveFrom());
        if (from > timeTo || (keyFrom != null && keyTo != null && keyFrom.compareTo(keyTo) > 0)) return out;
        // From keyFrom's first possible entry to past keyTo's last one; keys in between by bytes but not by key
        // (a longer key that starts with keyTo) are filtered out below, as RocksDB's window store filters them.
        Bytes lower = keyFrom == null ? null : WindowKeySchema.toStoreKeyBinary(keyFrom, 0, 0);
        Bytes upper = keyTo == null ? null : upperBound(keyTo);
        try (KeyValueIterator<Bytes, byte[]> it = backward ? entries.reverseRange(lower, upper)
                : entries.range(lower, upper)) {
            while (it.hasNext()) {
                KeyValue<Bytes, byte[]> e = it.next();
                byte[] binary = e.key.get();
                long time = ByteBuffer.wrap(binary).getLong(binary.length - SUFFIX);
                if (time < from || time > timeTo) continue;
                Bytes key = Bytes.wrap(Arrays.copyOf(binary, binary.length - SUFFIX));
                if (keyFrom != null && key.compareTo(keyFrom) < 0) continue;
                if (keyTo != null && key.compareTo(keyTo) > 0) continue;
                out.add(e);
            }
        }
        return out;
    }

    /** At or past every entry of {@code key}: the key followed by the largest window start and sequence number. */
    private static Bytes upperBound(Bytes key) {
        byte[] k = key.get();
        byte[] b = Arrays.copyOf(k, k.length + SUFFIX);
        Arrays.fill(b, k.length, b.length, (byte) 0xFF);
        return Bytes.wrap(b);
    }

    private long liveFrom() {
        return observedStreamTime == Long.MIN_VALUE ? Long.MIN_VALUE : observedStreamTime - retention + 1;
    }

    /** Deletes what expired, once stream time has moved half a retention past the last time it did. */
    private void purgeExpired() {
        long live = liveFrom();
        if (live == Long.MIN_VALUE || (purgedUpTo != Long.MIN_VALUE && live - purgedUpTo < retention / 2)) return;
        List<Bytes> expired = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> it = entries.all()) {
            while (it.hasNext()) {
                byte[] binary = it.next().key.get();
                if (ByteBuffer.wrap(binary).getLong(binary.length - SUFFIX) < live) expired.add(Bytes.wrap(binary));
            }
        }
        // Not through the changelog: the store's own expiry, as RocksDB dropping a segment.
        expired.forEach(entries::delete);
        purgedUpTo = live;
    }

    private static WindowStoreIterator<byte[]> times(List<KeyValue<Bytes, byte[]>> selected) {
        Times out = new Times();
        for (KeyValue<Bytes, byte[]> e : selected) {
            byte[] binary = e.key.get();
            out.items.add(KeyValue.pair(ByteBuffer.wrap(binary).getLong(binary.length - SUFFIX), e.value));
        }
        return out;
    }

    private KeyValueIterator<Windowed<Bytes>, byte[]> windows(List<KeyValue<Bytes, byte[]>> selected) {
        Listed<Windowed<Bytes>> out = new Listed<>();
        for (KeyValue<Bytes, byte[]> e : selected) {
            out.items.add(KeyValue.pair(WindowKeySchema.fromStoreBytesKey(e.key.get(), windowSize), e.value));
        }
        return out;
    }

    /** An iterator over entries read at once. */
    private static class Listed<K> implements KeyValueIterator<K, byte[]> {
        final List<KeyValue<K, byte[]>> items = new ArrayList<>();
        private int next;

        @Override
        public boolean hasNext() {
            return next < items.size();
        }

        @Override
        public KeyValue<K, byte[]> next() {
            if (!hasNext()) throw new NoSuchElementException();
            return items.get(next++);
        }

        @Override
        public K peekNextKey() {
            if (!hasNext()) throw new NoSuchElementException();
            return items.get(next).key;
        }

        @Override
        public void close() {}
    }

    /** One key's entries by window start. */
    private static final class Times extends Listed<Long> implements WindowStoreIterator<byte[]> {}

    @Override
    public String name() {
        return entries.name();
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        entries.init(context, root);
    }

    @Override
    public void flush() {
        entries.flush();
    }

    @Override
    public void commit(Map<TopicPartition, Long> changelogOffsets) {
        entries.commit(changelogOffsets);
    }

    @Override
    public void close() {
        entries.close();
    }

    @Override
    public boolean persistent() {
        return false;
    }

    @Override
    public boolean isOpen() {
        return entries.isOpen();
    }

    @Override
    public <R> QueryResult<R> query(Query<R> query, PositionBound positionBound, QueryConfig config) {
        return QueryResult.forUnknownQueryType(query, this);
    }

    @Override
    public Position getPosition() {
        return entries.getPosition();
    }
}
