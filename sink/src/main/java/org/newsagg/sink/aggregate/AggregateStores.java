package org.newsagg.sink.aggregate;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.TimestampedWindowStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.newsagg.model.DuplicateArticle;
import org.newsagg.runtime.EventTimeChangelog;
import org.newsagg.runtime.StoreKind;
import org.newsagg.model.JsonSerde;

/**
 * The sink's state stores. All but two small key-value stores are window stores timestamped in event time, so
 * their size is bounded by the retention and RocksDB drops whole segments as time moves on. All are changelogged.
 */
public final class AggregateStores {

    /** Prefix of the family stores: {@code aggregates-<window>}, {@code dimension|key} at window start → {@link WindowAccumulator}. */
    public static final String AGGREGATES = "aggregates-";
    /** {@code dimension|key|grain|s|storyId} or {@code ...|o|outlet} at the grain's start → marker: exact distinct counts. */
    public static final String DISTINCT = "aggregate-distinct";
    /** Original article id at its publication time → the group keys it was counted under. */
    public static final String ORIGINALS = "syndication-originals";
    /** {@code originalId|copyId} → a copy that arrived before its original. */
    public static final String PENDING_COPIES = "syndication-pending";
    /** Join task → newest dedupe watermark seen from it, and how far state was swept ({@link InputWatermarks}). */
    public static final String INPUT_WATERMARKS = "aggregate-input-watermarks";
    /** The join's inputs (its tagged partition, each duplicates partition) → newest dedupe watermark seen. */
    public static final String JOIN_WATERMARKS = "syndication-input-watermarks";
    /**
     * The window and mark stores' own retention: a century, that is none. A window store drops its segments, and a
     * windowed aggregation its records, by the newest time the task has seen, which in a catch-up or replay is weeks
     * ahead of what slower partitions still send (issue 18). Their state is deleted by {@link StateSweeper} instead,
     * {@code newsagg.sink.retention} behind the slowest input: that is the bound on memory.
     */
    static final Duration STORE_RETENTION = Duration.ofDays(36_500);
    /** Hopping family name → start of the newest bucket whose window is open ({@link HoppingRollOver}). */
    public static final String HOPPING_OPENED = "aggregate-hopping-opened";
    /** Window name → start of the newest window already emitted as closed (emit-on-close only). */
    public static final String EMITTED = "aggregate-emitted";

    private AggregateStores() {}

    /** The store of one window family, queried by the API. */
    public static String aggregates(WindowSpec window) {
        return AGGREGATES + window.name();
    }

    /**
     * A family's store ({@link WindowAggregator}). Its windows are one advance long (the aggregator gives each window
     * its own start), so it keeps each window's value for the retention. The same store, format and changelog as the
     * Kafka Streams windowed aggregation that kept it before 7 Dec 2026 (a timestamped window store of the advance's
     * size). {@code cached}: changes reach the changelog and the aggregates topic once per commit, with the newest
     * value, instead of once per change ({@link WindowChangesAtCommit}).
     */
    static StoreBuilder<TimestampedWindowStore<String, WindowAccumulator>> aggregatesStore(WindowSpec window,
            Duration retention, boolean cached, StoreKind kind) {
        StoreBuilder<TimestampedWindowStore<String, WindowAccumulator>> b = Stores.timestampedWindowStoreBuilder(
                        kind.timestampedWindow(aggregates(window), retention, window.advance(), false),
                        Serdes.String(), new WindowAccumulatorSerde())
                .withLoggingEnabled(EventTimeChangelog.CONFIG);
        return cached ? b.withCachingEnabled() : b.withCachingDisabled();
    }

    static StoreBuilder<WindowStore<String, Integer>> distinctStore(Duration retention, StoreKind kind) {
        // Markers are written once and never updated: a cache would save no write.
        return Stores.windowStoreBuilder(kind.window(DISTINCT, retention, Duration.ofMillis(1), false),
                        Serdes.String(), Serdes.Integer())
                .withLoggingEnabled(EventTimeChangelog.CONFIG);
    }

    static StoreBuilder<KeyValueStore<String, Long>> hoppingOpenedStore(StoreKind kind) {
        // Read for every contribution by the aggregator, written once an hour: the cache answers the reads.
        return Stores.keyValueStoreBuilder(kind.keyValue(HOPPING_OPENED), Serdes.String(), Serdes.Long())
                .withCachingEnabled();
    }

    static StoreBuilder<KeyValueStore<String, Long>> emittedStore(StoreKind kind) {
        return Stores.keyValueStoreBuilder(kind.keyValue(EMITTED), Serdes.String(), Serdes.Long());
    }


    public static List<StoreBuilder<?>> joinStores(Duration retention, StoreKind kind) {
        Duration point = Duration.ofMillis(1);
        return List.of(
                // Deleted by the join's own sweep, behind the slowest of its inputs (SyndicationJoiner): its own
                // retention would go by the newest article, and in a catch-up the tagged partition runs days ahead
                // of the copies still to come.
                Stores.windowStoreBuilder(kind.window(ORIGINALS, STORE_RETENTION, point, false),
                        Serdes.String(), new JsonSerde<>(CountedOriginal.class))
                        .withLoggingEnabled(EventTimeChangelog.CONFIG),
                // Copies wait here for their original however far the store's own clock (the newest copy) runs
                // ahead: the join releases them, or dead-letters them once their original can no longer come.
                Stores.windowStoreBuilder(kind.window(PENDING_COPIES, STORE_RETENTION, point, false),
                        Serdes.String(), new JsonSerde<>(DuplicateArticle.class))
                        .withLoggingEnabled(EventTimeChangelog.CONFIG),
                InputWatermarks.storeBuilder(JOIN_WATERMARKS, kind));
    }
}
