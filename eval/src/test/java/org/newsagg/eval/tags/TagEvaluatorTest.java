package org.newsagg.eval.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.streams.tagging.ArticleTagger;
import org.newsagg.streams.tagging.TaggingSettings;

class TagEvaluatorTest {

    @Test
    void readsGoldLinesWithOptionalCodeAndNullTarget(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, """
                {"id":"a","text":"Chile praised Peru.","published":"2020-01-01T00:00:00Z","gold_actors":["CHL","PER"],"gold_events":[{"root":"05","code":"051","source":"CHL","target":"PER"}]}
                {"id":"b","text":"Oman protested.","published":"2020-01-01T00:00:00Z","gold_actors":["OMN"],"gold_events":[{"root":"14","source":"OMN","target":null}]}
                """);

        List<GoldSentence> gold = GoldSentence.readJsonl(file);

        assertEquals(new GoldSentence("a", "Chile praised Peru.", Instant.parse("2020-01-01T00:00:00Z"),
                List.of("CHL", "PER"), List.of(new GoldEvent("05", "051", "CHL", "PER"))), gold.get(0));
        assertEquals(new GoldEvent("14", null, "OMN", null), gold.get(1).goldEvents().get(0));
    }

    @Test
    void scoresAtCountryLevelWithTheUnWrittenAsGoldSetsWriteIt() {
        ArticleTagger tagger = ArticleTagger.load(TaggingSettings.defaults());
        Instant day = Instant.parse("2020-01-01T00:00:00Z");
        List<GoldSentence> gold = List.of(
                new GoldSentence("hit", "Russian troops attacked Georgia.", day, List.of("RUS", "GEO"),
                        List.of(new GoldEvent("19", null, "RUS", "GEO"))),
                new GoldSentence("miss", "The United Nations praised Fiji.", day, List.of("UN", "FJI", "TON"),
                        List.of(new GoldEvent("04", null, "UN", "FJI"))));

        TagScores s = TagEvaluator.score(gold, tagger);

        assertEquals(1.0, s.actorPrecision());
        assertEquals(0.8, s.actorRecall(), 1e-9);
        assertEquals(0.5, s.eventRootPrecision());
        assertEquals(0.5, s.eventRootRecall());
        assertEquals(1.0, s.sourceAccuracy());
        assertEquals(1.0, s.targetAccuracy());
        assertEquals(2, s.goldEvents());
        assertEquals(1, s.matchedEvents());
        assertEquals(Map.of("04", Map.of("05", 1), "19", Map.of("19", 1)), s.rootConfusion());
        assertEquals("miss", s.worstMisses().get(0).id());
        assertEquals(3, s.worstMisses().get(0).errors());
    }
}
