package org.newsagg.sink.trending;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.newsagg.model.EventTimeChangelog;
import org.newsagg.model.JsonSerde;

/** The trending branch's stores; both changelogged, both small (one day of per-minute counts, one list per dimension). */
public final class TrendingStores {

    /** {@code dimension|key} at minute start → articles published in that minute. */
    public static final String COUNTS = "trending-counts";
    /** Dimension → the newest ranked list. Queried by the API. */
    public static final String LATEST = "trending-latest";

    static final Duration BUCKET = Duration.ofMinutes(1);

    private TrendingStores() {}

    public static List<StoreBuilder<?>> all(Duration grace) {
        // A day of baseline, plus the grace in which late articles still land in their minute.
        Duration retention = Duration.ofDays(1).plus(grace).plus(BUCKET);
        return List.of(
                Stores.windowStoreBuilder(Stores.persistentWindowStore(COUNTS, retention, BUCKET, false),
                        Serdes.String(), Serdes.Long())
                        .withLoggingEnabled(EventTimeChangelog.CONFIG),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LATEST), Serdes.String(),
                        new JsonSerde<>(Trending.class)));
    }
}
