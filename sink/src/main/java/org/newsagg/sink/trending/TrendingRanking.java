package org.newsagg.sink.trending;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.newsagg.model.Trending;

/**
 * Ranks one dimension's keys by how far their last hour runs above their 24-hour hourly average. Keys below the
 * article floor are left out, whatever their ratio: a single article in a quiet key is noise, not a trend.
 */
public final class TrendingRanking {

    private final TrendingConfig config;

    public TrendingRanking(TrendingConfig config) {
        this.config = config;
    }

    /** Counts per key: {@code [lastHour, last24h]}. */
    public Trending rank(String dimension, Map<String, long[]> counts, Instant hourStart, Instant windowEnd,
            Instant baselineStart) {
        record Scored(String key, long lastHour, long last24h, double ratio) {}
        List<Scored> scored = new ArrayList<>();
        for (var e : counts.entrySet()) {
            long lastHour = e.getValue()[0];
            long last24h = e.getValue()[1];
            if (lastHour < config.minArticles() || last24h == 0) continue;
            double ratio = Math.round(lastHour * 24.0 / last24h * 1000.0) / 1000.0;
            if (ratio < config.minRatio()) continue;
            scored.add(new Scored(e.getKey(), lastHour, last24h, ratio));
        }
        scored.sort(Comparator.comparingDouble(Scored::ratio).reversed()
                .thenComparing(Comparator.comparingLong(Scored::lastHour).reversed())
                .thenComparing(Scored::key));
        List<Trending.Entry> ranked = new ArrayList<>();
        for (int i = 0; i < Math.min(config.size(), scored.size()); i++) {
            Scored s = scored.get(i);
            ranked.add(new Trending.Entry(i + 1, s.key(), s.lastHour(), s.last24h(), s.ratio()));
        }
        return new Trending(Trending.SCHEMA_VERSION, dimension, hourStart, windowEnd, baselineStart, List.copyOf(ranked));
    }
}
