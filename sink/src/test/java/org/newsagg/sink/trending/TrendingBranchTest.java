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
import org.newsagg.model.Trending;
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
    void everyRankingEqualsTheLastHourAndDayCountedAfreshWhileArticlesArriveOverTwoDaysSomeLate() {
        // 130 articles over 43 hours, one every 20 minutes, each naming one of five actors; every seventh arrives
        // 40 minutes after its publication (within the 1-hour grace). Running counts must match a fresh count of
        // the articles ranked so far at every ranking, through minutes leaving the hour and the day. An article
        // that moves stream time into a new minute is ranked after that minute's ranking: the ranking is made when
        // stream time moves, before the article is counted.
        List<String> actors = List.of("USAGOV", "RUSMIL", "UKRMIL", "CHNGOV", "GBRGOV");
        Instant t0 = Instant.parse("2025-03-09T00:00:00Z");
        List<TaggedArticle> published = new java.util.ArrayList<>();
        for (int i = 0; i < 130; i++) {
            String cast = actors.get((i * i + i / 3) % 5);
            published.add(ArticleFixtures.line(t0.plusSeconds(1200L * i) + " a" + i + " outlet" + (i % 4) + " s" + i
                    + " " + cast + " -"));
        }
        List<TaggedArticle> arrival = new java.util.ArrayList<>(published);
        for (int i = 7; i < arrival.size(); i += 7) arrival.add(Math.min(arrival.size() - 1, i + 2), arrival.remove(i));

        TrendingRanking ranking = new TrendingRanking(new TrendingConfig(List.of("actor"), 10, 1, 0.0));
        int rankings = 0;
        try (SinkDriver sink = new SinkDriver(stateDir, Map.of("newsagg.sink.trending.min-articles", "1",
                "newsagg.sink.trending.min-ratio", "0", "newsagg.sink.trending.dimensions", "actor"))) {
            List<TaggedArticle> seen = new java.util.ArrayList<>();
            for (TaggedArticle a : arrival) {
                sink.pipe(List.of(a));
                for (var kv : sink.trendingTopic().readKeyValuesToList()) {
                    Trending t = kv.value;
                    Map<String, long[]> fresh = new java.util.TreeMap<>();
                    for (TaggedArticle s : seen) {
                        Instant p = s.article().published();
                        if (p.isBefore(t.baselineStart()) || !p.isBefore(t.windowEnd())) continue;
                        for (var actor : s.actors()) {
                            long[] c = fresh.computeIfAbsent(actor.code(), k -> new long[2]);
                            if (!p.isBefore(t.hourStart())) c[0]++;
                            c[1]++;
                        }
                    }
                    assertEquals(ranking.rank("actor", fresh, t.hourStart(), t.windowEnd(), t.baselineStart()), t,
                            "ranking at " + t.windowEnd());
                    rankings++;
                }
                seen.add(a);
            }
        }
        assertEquals(true, rankings > 100, rankings + " rankings");
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
