package org.newsagg.sink.trending;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.newsagg.model.JsonSerde;
import org.newsagg.model.Trending;
import org.newsagg.runtime.EventTimeChangelog;
import org.newsagg.runtime.StoreKind;

/**
 * The trending branch's stores, all changelogged and small: a day of per-minute counts, each key's running counts
 * over the last hour and day, and one list per dimension.
 */
public final class TrendingStores {

    /** {@code dimension|key} at minute start → articles published in that minute. */
    public static final String COUNTS = "trending-counts";
    /**
     * {@code dimension|key} → its articles in the last hour and the last day as of the newest ranking, kept up to
     * date as articles arrive and as minutes leave the windows; {@link #RANKED_UNTIL} → that ranking's end.
     */
    public static final String RUNNING = "trending-running";
    static final String RANKED_UNTIL = "\u0000ranked-until";
    /** Dimension → the newest ranked list. Queried by the API. */
    public static final String LATEST = "trending-latest";

    static final Duration BUCKET = Duration.ofMinutes(1);

    private TrendingStores() {}

    public static List<StoreBuilder<?>> all(Duration grace, StoreKind kind) {
        // A day of baseline, plus the grace in which late articles still land in their minute.
        Duration retention = Duration.ofDays(1).plus(grace).plus(BUCKET);
        return List.of(
                // Incremented once per counted article under its key and minute: the record cache gathers a
                // commit's increments of one minute into one changelog write (7.2 writes an article without it,
                // in a catch-up of the bench's corpus: docs/benchmarks.md).
                Stores.windowStoreBuilder(kind.window(COUNTS, retention, BUCKET, false),
                        Serdes.String(), Serdes.Long())
                        .withLoggingEnabled(EventTimeChangelog.CONFIG)
                        .withCachingEnabled(),
                Stores.keyValueStoreBuilder(kind.keyValue(RUNNING), Serdes.String(), new PairSerde())
                        .withCachingEnabled(),
                Stores.keyValueStoreBuilder(kind.keyValue(LATEST), Serdes.String(),
                        new JsonSerde<>(Trending.class)));
    }

    /** Two longs, big-endian: {@code [lastHour, lastDay]}, or {@code [end, 0]} for {@link #RANKED_UNTIL}. */
    static final class PairSerde implements Serde<long[]> {
        @Override
        public Serializer<long[]> serializer() {
            return (topic, v) -> v == null ? null : ByteBuffer.allocate(16).putLong(v[0]).putLong(v[1]).array();
        }

        @Override
        public Deserializer<long[]> deserializer() {
            return (topic, b) -> {
                if (b == null) return null;
                ByteBuffer buf = ByteBuffer.wrap(b);
                return new long[] {buf.getLong(), buf.getLong()};
            };
        }
    }
}
