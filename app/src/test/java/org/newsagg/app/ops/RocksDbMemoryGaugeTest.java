package org.newsagg.app.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RocksDbMemoryGaugeTest {

    @Test
    void aBoundedStageServesItsBudgetAndZeroInUseBeforeAnyStoreOpens() {
        // A budget no store of this JVM uses, so nothing is in its cache.
        long budget = 7L * 1024 * 1024 + 3;
        var registry = OpsServer.newRegistry("sink");
        RocksDbMemoryGauge.bindTo(registry, budget);
        List<String> lines = registry.scrape().lines().filter(l -> l.startsWith("newsagg_rocksdb_memory_")).toList();
        assertEquals(List.of("newsagg_rocksdb_memory_budget_bytes{stage=\"sink\"} 7340035.0",
                "newsagg_rocksdb_memory_used_bytes{stage=\"sink\"} 0.0"), lines.stream().sorted().toList());
    }

    @Test
    void anUnboundedStageServesNeither() {
        var registry = OpsServer.newRegistry("streams");
        RocksDbMemoryGauge.bindTo(registry, -1);
        assertTrue(registry.scrape().lines().noneMatch(l -> l.contains("newsagg_rocksdb_memory")));
    }
}
