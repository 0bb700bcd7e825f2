package org.newsagg.sink.trending;

import java.util.Arrays;
import java.util.List;
import org.newsagg.model.Settings;
import org.newsagg.sink.aggregate.Dimensions;

/**
 * Settings of the trending branch ({@code newsagg.sink.trending.*}).
 *
 * @param dimensions  dimensions ranked, default "actor,dyad"; an unknown one fails at start
 * @param size        entries per ranked list, default 10
 * @param minArticles articles a key needs in the last hour to trend at all, default 3: one story is not a trend
 * @param minRatio    how far above its hourly baseline a key must be, default 1.5
 */
public record TrendingConfig(List<String> dimensions, int size, long minArticles, double minRatio) {

    public static final String DIMENSIONS = "newsagg.sink.trending.dimensions";

    public static TrendingConfig from(Settings s) {
        List<String> dims = Dimensions.require(
                Arrays.stream(s.get(DIMENSIONS, Dimensions.ACTOR + "," + Dimensions.DYAD).split(","))
                        .map(String::trim).filter(d -> !d.isEmpty()).toList(), DIMENSIONS);
        return new TrendingConfig(dims, s.getInt("newsagg.sink.trending.size", 10),
                s.getLong("newsagg.sink.trending.min-articles", 3), s.getDouble("newsagg.sink.trending.min-ratio", 1.5));
    }
}
