package org.newsagg.runtime;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Bounds the off-heap memory of all of a process's RocksDB stores by one budget
 * ({@code newsagg.streams.rocksdb-memory}, {@code newsagg.sink.rocksdb-memory}).
 *
 * <p>Why: by default Kafka Streams gives every RocksDB instance its own 50 MB block cache and up to three 16 MB
 * memtables, and a window store is one instance per segment. The sink has eleven stores of several segments each, so
 * its resident memory grew with the number of open segments, not with any setting: 2 GB for a 512 MB heap in the
 * 200,000-article benchmark. Here every store of the process shares one block cache, and the memtables are charged
 * to that same cache, so the total stays near the budget however many segments are open.
 */
public final class BoundedRocksDbMemory implements RocksDBConfigSetter {

    /** The Streams config key carrying the budget in bytes to {@link #setConfig}. */
    public static final String BUDGET_CONFIG = "newsagg.rocksdb.memory.bytes";

    /** Share of the budget the memtables may take before RocksDB flushes the largest. */
    static final double MEMTABLE_SHARE = 0.5;
    /** Share of the cache kept for index and filter blocks, so data blocks cannot evict them. */
    static final double INDEX_FILTER_SHARE = 0.1;

    /** One cache and write-buffer manager per budget, shared by every store in the process that uses that budget. */
    private static final Map<Long, Shared> SHARED = new ConcurrentHashMap<>();

    record Shared(Cache cache, WriteBufferManager writeBuffers) {}

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        Shared shared = shared(budget(configs));
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(shared.cache());
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setWriteBufferManager(shared.writeBuffers());
        options.setTableFormatConfig(table);
    }

    @Override
    public void close(String storeName, Options options) {
        // The cache and the manager outlive any one store: other stores of the process still use them.
    }

    /**
     * Bytes the shared cache of {@code budget} holds now (cached blocks and the memtables charged to it): what the
     * process's RocksDB stores use of their budget. Empty until a store of that budget has opened.
     */
    public static OptionalLong usedBytes(long budget) {
        Shared shared = SHARED.get(budget);
        return shared == null ? OptionalLong.empty() : OptionalLong.of(shared.cache().getUsage());
    }

    static Shared shared(long budget) {
        return SHARED.computeIfAbsent(budget, b -> {
            Cache cache = new LRUCache(b, -1, false, INDEX_FILTER_SHARE);
            return new Shared(cache, new WriteBufferManager((long) (b * MEMTABLE_SHARE), cache));
        });
    }

    static long budget(Map<String, Object> configs) {
        Object value = configs.get(BUDGET_CONFIG);
        if (value == null) {
            throw new IllegalStateException(BoundedRocksDbMemory.class.getSimpleName() + " needs " + BUDGET_CONFIG);
        }
        long budget = Long.parseLong(value.toString());
        if (budget <= 0) throw new IllegalStateException(BUDGET_CONFIG + " must be positive, was " + budget);
        return budget;
    }
}
