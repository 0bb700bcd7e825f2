package org.newsagg.sink.trending;

import java.util.Arrays;
import java.util.List;
import org.newsagg.model.Settings;

/**
 * Settings of the trending branch ({@code newsagg.sink.trending.*}).
 *
 * @param dimensions  dimensions ranked, default "actor,dyad"
 * @param size        entries per ranked list, default 10
 * @param minArticles articles a key needs in the last hour to trend at all, default 3: one story is not a trend
 * @param minRatio    how far above its hourly baseline a key must be, default 1.5
 */
public record TrendingConfig(List<String> dimensions, int size, long minArticles, double minRatio) {

    public static TrendingConfig from(Settings s) {
        List<String> dims = Arrays.stream(s.get("newsagg.sink.trending.dimensions", "actor,dyad").split(","))
                .map(String::trim).filter(d -> !d.isEmpty()).toList();
        return new TrendingConfig(dims, s.getInt("newsagg.sink.trending.size", 10),
                s.getLong("newsagg.sink.trending.min-articles", 3), s.getDouble("newsagg.sink.trending.min-ratio", 1.5));
    }
}
