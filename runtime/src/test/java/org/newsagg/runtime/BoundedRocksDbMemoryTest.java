package org.newsagg.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;

class BoundedRocksDbMemoryTest {

    static final long BUDGET = 8L * 1024 * 1024;

    @Test
    void everyStoreOfOneBudgetSharesOneWriteBufferManager() {
        var setter = new BoundedRocksDbMemory();
        try (Options a = storeOptions(); Options b = storeOptions()) {
            setter.setConfig("aggregates-1h.1700000000000", a, Map.of(BoundedRocksDbMemory.BUDGET_CONFIG, BUDGET));
            setter.setConfig("dedupe-terms", b, Map.of(BoundedRocksDbMemory.BUDGET_CONFIG, Long.toString(BUDGET)));
            assertSame(BoundedRocksDbMemory.shared(BUDGET).writeBuffers(), a.writeBufferManager());
            assertSame(a.writeBufferManager(), b.writeBufferManager());
        }
    }

    @Test
    void aStoreOpenedWithTheBoundWritesAndReadsBack(@TempDir Path dir) throws Exception {
        RocksDB.loadLibrary();
        try (Options options = storeOptions()) {
            options.setCreateIfMissing(true);
            new BoundedRocksDbMemory().setConfig("s", options, Map.of(BoundedRocksDbMemory.BUDGET_CONFIG, BUDGET));
            try (RocksDB db = RocksDB.open(options, dir.toString())) {
                byte[] value = new byte[1024];
                for (int i = 0; i < 20_000; i++) {
                    db.put(("key-" + i).getBytes(StandardCharsets.UTF_8), value);
                }
                assertArrayEquals(value, db.get("key-19999".getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    @Test
    void usedBytesIsEmptyUntilAStoreOfTheBudgetOpensThenWhatItsStoresHoldWithinTheBudget(@TempDir Path dir)
            throws Exception {
        // A budget of its own, so that no other test's stores share its cache.
        long budget = BUDGET + 1;
        assertEquals(java.util.OptionalLong.empty(), BoundedRocksDbMemory.usedBytes(budget));
        RocksDB.loadLibrary();
        try (Options options = storeOptions()) {
            options.setCreateIfMissing(true);
            new BoundedRocksDbMemory().setConfig("s", options, Map.of(BoundedRocksDbMemory.BUDGET_CONFIG, budget));
            try (RocksDB db = RocksDB.open(options, dir.toString())) {
                for (int i = 0; i < 2_000; i++) db.put(("key-" + i).getBytes(StandardCharsets.UTF_8), new byte[1024]);
                // 2 MB of memtable, charged to the shared cache: in use, and within the budget
                long used = BoundedRocksDbMemory.usedBytes(budget).orElseThrow();
                assertTrue(used >= 2_000 * 1024 && used <= budget, "used " + used + " of " + budget);
            }
        }
    }

    @Test
    void aMissingOrNonPositiveBudgetIsRefusedWithTheKey() {
        try (Options options = storeOptions()) {
            var setter = new BoundedRocksDbMemory();
            var missing = assertThrows(IllegalStateException.class, () -> setter.setConfig("s", options, Map.of()));
            assertEquals("BoundedRocksDbMemory needs newsagg.rocksdb.memory.bytes", missing.getMessage());
            var zero = assertThrows(IllegalStateException.class,
                    () -> setter.setConfig("s", options, Map.of(BoundedRocksDbMemory.BUDGET_CONFIG, 0)));
            assertEquals("newsagg.rocksdb.memory.bytes must be positive, was 0", zero.getMessage());
        }
    }

    @Test
    void stagePropertiesInstallTheSetterOnlyForAPositiveBudget() {
        Properties bounded = properties(BUDGET);
        assertEquals(BoundedRocksDbMemory.class.getName(),
                bounded.get(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG));
        assertEquals(BUDGET, bounded.get(BoundedRocksDbMemory.BUDGET_CONFIG));

        Properties unbounded = properties(-1);
        assertFalse(unbounded.containsKey(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG));
        assertFalse(unbounded.containsKey(BoundedRocksDbMemory.BUDGET_CONFIG));
        assertTrue(unbounded.containsKey(StreamsConfig.APPLICATION_ID_CONFIG));
    }

    /** Options as Kafka Streams hands them to a config setter: with a block-based table config already set. */
    private static Options storeOptions() {
        Options options = new Options();
        options.setTableFormatConfig(new BlockBasedTableConfig());
        return options;
    }

    private static Properties properties(long budget) {
        return StageStreamsProperties.of("sink", "app", "localhost:9092", Path.of("/tmp/state"), "exactly_once_v2",
                1, 0, -1, Duration.ofMillis(50), budget, Map.of(), "news.dlq");
    }
}
