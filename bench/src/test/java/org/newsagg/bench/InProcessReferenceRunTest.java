package org.newsagg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.model.Settings;
import org.newsagg.runtime.StoreKind;

/**
 * The in-process reference on a tiny corpus, with no broker: every article goes through both stages' topologies
 * once, and the counts are the corpus's own (what the generator made: originals, near copies, re-polls).
 */
class InProcessReferenceRunTest {

    @TempDir
    Path work;

    @Test
    void runsBothStagesTopologiesOverTheCorpusOnce() {
        CorpusSpec spec = new CorpusSpec(40, 1500, 0.2, 42, Instant.parse("2026-03-02T00:00:00Z"),
                Duration.ofHours(1), false);
        List<GeneratedArticle> corpus = SyntheticCorpus.generate(spec);
        assertEquals(new CorpusSummary(40, 1500, 0.2, 42, 1.0, 36, 2, 2, 1530.0, 2334.0),
                CorpusSummary.of(spec, corpus));
        // The address is never used: the drivers have no clients.
        PhaseLayout layout = PhaseLayout.of(Settings.of(Map.of("kafka.bootstrap.servers", "unused:9092")),
                Map.of("bootstrap.servers", "unused:9092"), "test", "reference", work);

        InProcessReferenceRun.Result r = new InProcessReferenceRun(layout, Duration.ofMinutes(5)).run(corpus);

        assertEquals(40, r.throughput().articles());
        assertEquals(1, r.streamsThreads());
        assertEquals(1, r.sinkThreads());
        assertEquals(StoreKind.IN_MEMORY, r.stores());
        assertEquals(36, r.tagged());
        assertEquals(2, r.exactDuplicates());
        assertEquals(2, r.nearDuplicates());
        assertEquals(0, r.deadLetters());
        assertEquals(40, r.accountedFor());
        // At least the last commit of each driver, the one that ends the run.
        assertTrue(r.commits().streams() >= 1 && r.commits().sink() >= 1, r.commits().toString());
        Map<String, Long> written = r.recordsByTopic();
        assertEquals(36, written.get("news.tagged"));
        assertEquals(4, written.get("news.duplicates"));
        // Every unique article crosses the tag repartition topic; the near copies (other outlets) are re-keyed by
        // their original, the re-polls show no spread and stop there.
        assertEquals(36, written.get("streams-tag-repartition"));
        assertEquals(2, written.get("sink-by-original-repartition"));
        for (String topic : List.of("news.aggregates", "news.trending", "sink-by-key-repartition",
                "sink-by-dimension-repartition", "sink-aggregates-1h-changelog", "streams-dedupe-postings-changelog")) {
            assertTrue(written.getOrDefault(topic, 0L) > 0, topic + " in " + written);
        }
        assertEquals(36.0 / 40, r.perArticleByTopic().get("news.tagged"));
        assertTrue(r.streamsCpuMsPerArticle() > 0 && r.sinkCpuMsPerArticle() > 0 && r.processCpuMsPerArticle() > 0,
                r.toString());
    }
}
