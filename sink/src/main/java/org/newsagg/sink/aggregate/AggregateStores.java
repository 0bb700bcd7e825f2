package org.newsagg.sink.aggregate;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.newsagg.model.EventTimeChangelog;
import org.newsagg.model.DuplicateArticle;
import org.newsagg.model.JsonSerde;

/**
 * The sink's state stores. All are window stores timestamped in event time, so their size is bounded by the
 * retention and RocksDB drops whole segments as time moves on. All are changelogged.
 */
public final class AggregateStores {

    /** {@code dimension|key|window} at window start → {@link WindowAccumulator}. Queried by the API. */
    public static final String AGGREGATES = "aggregates";
    /** {@code dimension|key|window|s|storyId} or {@code ...|o|outlet} at window start → marker: exact distinct counts. */
    public static final String DISTINCT = "aggregate-distinct";
    /** Original article id at its publication time → the group keys it was counted under. */
    public static final String ORIGINALS = "syndication-originals";
    /** Original article id → copies that arrived before it. */
    public static final String PENDING_COPIES = "syndication-pending";
    /** The lateness gate's clock: the newest publication time of a tagged article seen by the task. */
    public static final String GATE_CLOCK = "lateness-gate-clock";
    /** Window name → start of the newest window already emitted as closed (emit-on-close only). */
    public static final String EMITTED = "aggregate-emitted";

    private AggregateStores() {}

    public static List<StoreBuilder<?>> aggregatorStores(Duration retention, Duration largestWindow) {
        return List.of(
                Stores.windowStoreBuilder(Stores.persistentWindowStore(AGGREGATES, retention, largestWindow, false),
                        Serdes.String(), new JsonSerde<>(WindowAccumulator.class))
                        .withLoggingEnabled(EventTimeChangelog.CONFIG),
                Stores.windowStoreBuilder(Stores.persistentWindowStore(DISTINCT, retention, largestWindow, false),
                        Serdes.String(), Serdes.Integer())
                        .withLoggingEnabled(EventTimeChangelog.CONFIG),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EMITTED), Serdes.String(), Serdes.Long()));
    }

    public static StoreBuilder<?> gateStore() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(GATE_CLOCK), Serdes.String(), Serdes.Long());
    }

    public static List<StoreBuilder<?>> joinStores(Duration retention) {
        Duration point = Duration.ofMillis(1);
        return List.of(
                Stores.windowStoreBuilder(Stores.persistentWindowStore(ORIGINALS, retention, point, false),
                        Serdes.String(), new JsonSerde<>(CountedOriginal.class))
                        .withLoggingEnabled(EventTimeChangelog.CONFIG),
                Stores.windowStoreBuilder(Stores.persistentWindowStore(PENDING_COPIES, retention, point, true),
                        Serdes.String(), new JsonSerde<>(DuplicateArticle.class))
                        .withLoggingEnabled(EventTimeChangelog.CONFIG));
    }
}
