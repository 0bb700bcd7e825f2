package org.newsagg.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Where the two kinds of store answer alike and where not, as StoreKind's documentation says: the stages rely only
 * on the first (bench StoreKindEquivalenceTest runs both stages' topologies with each).
 */
class StoreKindTest {

    private static final Duration DAY = Duration.ofDays(1);

    @TempDir
    Path stateDir;

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void oneKeysWindowsComeInTimeOrderWithDuplicatesInInsertionOrder(StoreKind kind) {
        withWindowStore(kind, true, store -> {
            store.put("k", "second at 5", 5);
            store.put("k", "third at 5", 5);
            store.put("k", "first at 3", 3);
            store.put("other", "x", 4);
            assertEquals(List.of("first at 3", "second at 5", "third at 5"), values(store.fetch("k", 0, 10)));
            assertEquals(List.of("third at 5", "second at 5", "first at 3"), values(store.backwardFetch("k", 0, 10)));
            // Both bounds inclusive.
            assertEquals(List.of("second at 5", "third at 5"), values(store.fetch("k", 4, 5)));
            return null;
        });
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aRecordPastTheRetentionIsGoneForReads(StoreKind kind) {
        withWindowStore(kind, false, store -> {
            store.put("old", "a", 0);
            store.put("new", "b", DAY.toMillis() + 1);
            assertEquals(List.of(), values(store.fetch("old", 0, Long.MAX_VALUE)));
            assertEquals(List.of("new@" + (DAY.toMillis() + 1)), windowed(store.fetchAll(0, Long.MAX_VALUE)));
            return null;
        });
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aRangeWithinOneSegmentComesInKeyOrder(StoreKind kind) {
        assertEquals(List.of("a@2", "b@1", "b@3"), withWindowStore(kind, false, store -> {
            store.put("b", "x", 1);
            store.put("a", "x", 2);
            store.put("b", "x", 3);
            return windowed(store.fetchAll(0, 10));
        }));
    }

    @Test
    void aRangeOverSeveralSegmentsComesSegmentBySegmentFromRocksDbAndInKeyOrderFromMemory() {
        // A day's retention: RocksDB's segments are 12 hours long.
        long later = Duration.ofHours(13).toMillis();
        Function<WindowStore<String, String>, List<String>> twoSegments = store -> {
            store.put("b", "x", 1);
            store.put("a", "x", later);
            store.put("b", "x", later + 1);
            return windowed(store.fetchAll(0, Long.MAX_VALUE));
        };
        assertEquals(List.of("b@1", "a@" + later, "b@" + (later + 1)),
                withWindowStore(StoreKind.ROCKS_DB, false, twoSegments));
        assertEquals(List.of("a@" + later, "b@1", "b@" + (later + 1)),
                withWindowStore(StoreKind.IN_MEMORY, false, twoSegments));
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aKeyRangeSkipsLongerKeysThatStartWithItsBound(StoreKind kind) {
        assertEquals(List.of("a@5", "ab@5"), withWindowStore(kind, false, store -> {
            store.put("a", "x", 5);
            store.put("ab", "x", 5);
            store.put("abc", "x", 5);
            return windowed(store.fetch("a", "ab", 0, 10));
        }));
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aDeletedWindowIsGone(StoreKind kind) {
        assertEquals(List.of("k@2"), withWindowStore(kind, false, store -> {
            store.put("k", "x", 1);
            store.put("k", "y", 2);
            store.put("k", null, 1);
            return windowed(store.fetch("k", "k", 0, 10));
        }));
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void keyValueStoresIterateInKeyOrder(StoreKind kind) {
        Topology topology = topology(Stores.keyValueStoreBuilder(kind.keyValue("kv"), Serdes.String(), Serdes.Long())
                .withLoggingDisabled(), "kv");
        try (TopologyTestDriver driver = new TopologyTestDriver(topology, properties())) {
            KeyValueStore<String, Long> store = driver.getKeyValueStore("kv");
            store.put("c", 3L);
            store.put("a", 1L);
            store.put("b", 2L);
            List<String> keys = new ArrayList<>();
            try (KeyValueIterator<String, Long> it = store.all()) {
                it.forEachRemaining(kv -> keys.add(kv.key));
            }
            assertEquals(List.of("a", "b", "c"), keys);
            assertEquals(List.of("b", "c"), range(store, "b", "c"));
        }
    }

    private static List<String> range(KeyValueStore<String, Long> store, String from, String to) {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, Long> it = store.range(from, to)) {
            it.forEachRemaining(kv -> keys.add(kv.key));
        }
        return keys;
    }

    private <T> T withWindowStore(StoreKind kind, boolean duplicates, Function<WindowStore<String, String>, T> use) {
        Topology topology = topology(Stores.windowStoreBuilder(kind.window("w", DAY, Duration.ofMillis(1), duplicates),
                Serdes.String(), Serdes.String()).withLoggingDisabled(), "w");
        try (TopologyTestDriver driver = new TopologyTestDriver(topology, properties())) {
            return use.apply(driver.getWindowStore("w"));
        }
    }

    private static Topology topology(org.apache.kafka.streams.state.StoreBuilder<?> store, String name) {
        Topology t = new Topology();
        t.addSource("in", Serdes.String().deserializer(), Serdes.String().deserializer(), "in");
        t.addProcessor("p", () -> new Processor<String, String, Void, Void>() {
            @Override
            public void process(Record<String, String> record) {}
        }, "in");
        t.addStateStore(store, "p");
        return t;
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "store-kind");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return p;
    }

    private static List<String> values(WindowStoreIterator<String> it) {
        List<String> out = new ArrayList<>();
        try (it) {
            it.forEachRemaining(kv -> out.add(kv.value));
        }
        return out;
    }

    private static List<String> windowed(KeyValueIterator<Windowed<String>, String> it) {
        List<String> out = new ArrayList<>();
        try (it) {
            it.forEachRemaining((KeyValue<Windowed<String>, String> kv) ->
                    out.add(kv.key.key() + "@" + kv.key.window().start()));
        }
        return out;
    }
}
