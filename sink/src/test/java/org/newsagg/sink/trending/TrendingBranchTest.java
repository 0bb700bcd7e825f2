package org.newsagg.sink.trending;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.model.TaggedArticle;
import org.newsagg.sink.query.ArticleFixtures;
import org.newsagg.sink.query.SinkDriver;

class TrendingBranchTest {

    @TempDir
    Path stateDir;

    static Map<String, Trending> latestPerDimension(SinkDriver sink) {
        Map<String, Trending> out = new LinkedHashMap<>();
        sink.trendingTopic().readKeyValuesToList().forEach(kv -> out.put(kv.key, kv.value));
        return out;
    }

    @Test
    void ranksKeysByLastHourAgainstTheirHourlyBaselineAndLeavesOutKeysBelowTheFloor() {
        try (SinkDriver sink = new SinkDriver(stateDir, Map.of())) {
            sink.pipe(ArticleFixtures.read(getClass(), "day-then-busy-hour.txt"));
            Map<String, Trending> latest = latestPerDimension(sink);

            Trending actors = latest.get("actor");
            assertEquals(Instant.parse("2025-03-10T09:00:00Z"), actors.hourStart());
            assertEquals(Instant.parse("2025-03-10T10:00:00Z"), actors.windowEnd());
            assertEquals(Instant.parse("2025-03-09T10:00:00Z"), actors.baselineStart());
            // FRAGOV: 2 articles, under the floor of 3. USAGOV's article at 09:59 on the 9th is outside the day.
            assertEquals(List.of(
                    new Trending.Entry(1, "RUSMIL", 4, 4, 24.0),
                    new Trending.Entry(2, "UKRMIL", 4, 4, 24.0),
                    new Trending.Entry(3, "USAGOV", 3, 12, 6.0),
                    new Trending.Entry(4, "CHNGOV", 3, 18, 4.0),
                    new Trending.Entry(5, "GBRGOV", 3, 48, 1.5)), actors.ranked());

            assertEquals(List.of(new Trending.Entry(1, "RUSMIL|19|UKRMIL", 4, 4, 24.0)), latest.get("dyad").ranked());
            assertEquals(List.of("actor", "dyad"), List.copyOf(latest.keySet()));
        }
    }

    @Test
    void aDimensionThatGoesQuietGetsAnEmptyListRatherThanAStaleOne() {
        try (SinkDriver sink = new SinkDriver(stateDir, Map.of())) {
            List<TaggedArticle> day = ArticleFixtures.read(getClass(), "day-then-busy-hour.txt");
            sink.pipe(day);
            sink.trendingTopic().readKeyValuesToList();
            // Two hours later a single article moves stream time on: the busy hour has left the last hour.
            sink.pipe(ArticleFixtures.read(getClass(), "two-hours-later.txt"));
            Map<String, Trending> latest = latestPerDimension(sink);
            assertEquals(Instant.parse("2025-03-10T12:01:00Z"), latest.get("actor").windowEnd());
            assertEquals(List.of(), latest.get("actor").ranked());
            assertEquals(List.of(), latest.get("dyad").ranked());
            assertEquals(List.of(), sink.readModel().trending("actor").orElseThrow().ranked());
        }
    }

    @Test
    void rankingOrdersByRatioThenLastHourThenKeyAndCutsAtTheConfiguredSize() {
        TrendingRanking ranking = new TrendingRanking(new TrendingConfig(List.of("actor"), 2, 3, 1.5));
        Map<String, long[]> counts = new LinkedHashMap<>();
        counts.put("B", new long[] {6, 12});  // 12.0
        counts.put("A", new long[] {3, 6});   // 12.0, fewer articles than B
        counts.put("C", new long[] {9, 9});   // 24.0
        counts.put("D", new long[] {3, 72});  // 1.0, below the ratio floor
        Instant end = Instant.parse("2025-03-10T10:00:00Z");
        Trending t = ranking.rank("actor", counts, end.minusSeconds(3600), end, end.minusSeconds(86400));
        assertEquals(List.of(new Trending.Entry(1, "C", 9, 9, 24.0), new Trending.Entry(2, "B", 6, 12, 12.0)),
                t.ranked());
    }
}
