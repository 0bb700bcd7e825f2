package org.newsagg.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StageMetricsTest {

    @Test
    void everyDedupeVerdictIsCountedFromZeroBeforeTheFirstArticle() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        StageMetrics metrics = new StageMetrics(registry);
        metrics.verdict("near");
        Map<String, Double> byVerdict = new TreeMap<>();
        for (Counter c : registry.get("newsagg.articles.dedupe").counters()) byVerdict.put(c.getId().getTag("verdict"), c.count());
        assertEquals(Map.of("exact", 0.0, "near", 1.0, "unique", 0.0), byVerdict);
    }
}
