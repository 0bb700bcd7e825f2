package org.newsagg.app.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.newsagg.runtime.BoundedRocksDbMemory;

/**
 * A stage's RocksDB memory against its budget: {@code newsagg_rocksdb_memory_used_bytes} (the shared block cache with
 * the memtables charged to it, {@link BoundedRocksDbMemory#usedBytes}) and {@code newsagg_rocksdb_memory_budget_bytes}.
 * Kafka Streams' own RocksDB meters report that one shared cache once per store, and Micrometer binds them only at its
 * one-minute refresh after the stores open; this is the process's total, from the first scrape. RocksDB state is
 * off-heap, so the JVM's memory meters never show it.
 */
public final class RocksDbMemoryGauge {

    public static final String USED = "newsagg.rocksdb.memory.used";
    public static final String BUDGET = "newsagg.rocksdb.memory.budget";

    private RocksDbMemoryGauge() {}

    /** Registers both for a positive {@code budget}; an unbounded stage (-1) has no shared cache to measure. */
    public static void bindTo(MeterRegistry registry, long budget) {
        if (budget <= 0) return;
        Gauge.builder(USED, () -> BoundedRocksDbMemory.usedBytes(budget).orElse(0)).baseUnit("bytes")
                .description("off-heap memory the stage's RocksDB stores hold: block cache and memtables")
                .register(registry);
        Gauge.builder(BUDGET, () -> budget).baseUnit("bytes")
                .description("the RocksDB memory budget all of the stage's stores share").register(registry);
    }
}
