package org.newsagg.sink.aggregate;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.newsagg.runtime.StoreKind;

/**
 * Safe watermarks: lower bounds on the dedupe watermark of every record still to come, from per-input maxima.
 * Each input here is read in dedupe order, so the watermarks along it never go down: whatever it sends next carries
 * at least the newest seen from it, and whatever comes from anywhere at least the minimum over inputs. The tasks'
 * own stream time is no such bound: it is the newest publication time of whichever partition's task ran ahead.
 *
 * <ul>
 *   <li>In a by-key task, the inputs are the join tasks (one per tagged partition). {@link #safe()} is over the
 *       watermarks of their tagged articles: what {@code emit=close} closes windows by (a copy may still come up to
 *       the copy grace later, and corrects the closed window). {@link #safeSlowest()} is over each join task's
 *       slowest input, its duplicates partitions included: what state is deleted by ({@link StateSweeper}), so
 *       that nothing a copy still to come can need is gone.</li>
 *   <li>In a join task, the inputs are its tagged partition (origin 0) and each duplicates partition (origin
 *       1 + partition) ({@link SyndicationJoiner}).</li>
 * </ul>
 *
 * <p>Until every input has been heard from, there is no bound ({@link Long#MIN_VALUE}): nothing expires and no
 * window closes. The store also keeps how far the state has been swept.
 */
final class InputWatermarks {

    private static final String SWEPT = "\u0000swept";
    private static final String MAX_ORIGIN = "\u0000origins";
    private static final String SLOWEST = "s";

    private final KeyValueStore<String, Long> store;
    private final int expectedOrigins;

    InputWatermarks(KeyValueStore<String, Long> store, int expectedOrigins) {
        this.store = store;
        this.expectedOrigins = expectedOrigins;
    }

    static StoreBuilder<KeyValueStore<String, Long>> storeBuilder(String name, StoreKind kind) {
        // Read for every record, written when a watermark moves: the cache answers most reads and writes.
        return Stores.keyValueStoreBuilder(kind.keyValue(name), Serdes.String(), Serdes.Long())
                .withCachingEnabled();
    }

    /** Records that input {@code origin} sent a record stamped {@code watermark}. */
    void seen(int origin, long watermark) {
        seen("", origin, watermark);
    }

    /** Records that join task {@code origin} had heard from all its inputs up to {@code slowestInput}. */
    void seenSlowest(int origin, long slowestInput) {
        seen(SLOWEST, origin, slowestInput);
    }

    private void seen(String kind, int origin, long watermark) {
        String key = kind + origin;
        Long newest = store.get(key);
        if (newest == null || watermark > newest) store.put(key, watermark);
        Long origins = store.get(MAX_ORIGIN);
        if (origins == null || origin + 1 > origins) store.put(MAX_ORIGIN, (long) origin + 1);
    }

    /**
     * The lowest watermark any contribution still to come can carry: the minimum over join tasks of the newest
     * seen from each, or {@link Long#MIN_VALUE} while one has not been heard from. The join tasks are as many as
     * the tagged topic has partitions ({@code newsagg.topics.partitions}), or more if more have been heard from.
     */
    long safe() {
        return safe("");
    }

    /** The newest watermark seen from input {@code origin}, {@link Long#MIN_VALUE} before the first. */
    long newest(int origin) {
        Long w = store.get(Integer.toString(origin));
        return w == null ? Long.MIN_VALUE : w;
    }

    /**
     * The lowest watermark any record still to come to any join task can carry, copies included: the minimum over
     * join tasks of their slowest input ({@link Contribution#slowestInput()}). What state may be deleted by.
     */
    long safeSlowest() {
        return safe(SLOWEST);
    }

    private long safe(String kind) {
        Long seen = store.get(MAX_ORIGIN);
        long n = Math.max(expectedOrigins, seen == null ? 0 : seen);
        long min = Long.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            Long w = store.get(kind + i);
            if (w == null) return Long.MIN_VALUE;
            min = Math.min(min, w);
        }
        return n == 0 ? Long.MIN_VALUE : min;
    }

    /** Every window ending at or before this has been deleted; {@link Long#MIN_VALUE} before the first sweep. */
    long sweptTo() {
        Long s = store.get(SWEPT);
        return s == null ? Long.MIN_VALUE : s;
    }

    void sweptTo(long time) {
        store.put(SWEPT, time);
    }
}
