package org.newsagg.sink.trending;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.newsagg.sink.aggregate.Contribution;

/**
 * Counts articles per key and minute, and on every minute of stream time ranks each dimension it has seen and
 * forwards the list, keyed by dimension. Records arrive keyed by dimension, so one task sees a whole dimension.
 */
public final class TrendingRanker implements Processor<String, Contribution, String, Trending> {

    private static final long MINUTE = TrendingStores.BUCKET.toMillis();
    private static final long HOUR = Duration.ofHours(1).toMillis();
    private static final long DAY = Duration.ofDays(1).toMillis();

    private final TrendingRanking ranking;
    private ProcessorContext<String, Trending> context;
    private WindowStore<String, Long> counts;
    private KeyValueStore<String, Trending> latest;

    public TrendingRanker(TrendingConfig config) {
        this.ranking = new TrendingRanking(config);
    }

    @Override
    public void init(ProcessorContext<String, Trending> context) {
        this.context = context;
        this.counts = context.getStateStore(TrendingStores.COUNTS);
        this.latest = context.getStateStore(TrendingStores.LATEST);
        context.schedule(TrendingStores.BUCKET, PunctuationType.STREAM_TIME, this::refresh);
    }

    @Override
    public void process(Record<String, Contribution> record) {
        Contribution c = record.value();
        long ts = c.published().toEpochMilli();
        long minute = ts - Math.floorMod(ts, MINUTE);
        Long before = counts.fetch(c.groupKey(), minute);
        counts.put(c.groupKey(), (before == null ? 0L : before) + 1, minute);
    }

    private void refresh(long streamTime) {
        long end = streamTime - Math.floorMod(streamTime, MINUTE) + MINUTE;
        // dimension -> key -> [lastHour, last24h]; sorted so the output order does not depend on store order
        Map<String, Map<String, long[]>> byDimension = new TreeMap<>();
        try (KeyValueIterator<Windowed<String>, Long> it = counts.fetchAll(end - DAY, end - 1)) {
            while (it.hasNext()) {
                KeyValue<Windowed<String>, Long> kv = it.next();
                String groupKey = kv.key.key();
                int bar = groupKey.indexOf('|');
                long[] c = byDimension.computeIfAbsent(groupKey.substring(0, bar), d -> new TreeMap<>())
                        .computeIfAbsent(groupKey.substring(bar + 1), k -> new long[2]);
                if (kv.key.window().start() >= end - HOUR) c[0] += kv.value;
                c[1] += kv.value;
            }
        }
        // A dimension that went quiet still gets its (now empty) list, so consumers see the trend end.
        try (KeyValueIterator<String, Trending> it = latest.all()) {
            it.forEachRemaining(kv -> byDimension.putIfAbsent(kv.key, Map.of()));
        }
        for (var e : byDimension.entrySet()) {
            Trending t = ranking.rank(e.getKey(), e.getValue(), Instant.ofEpochMilli(end - HOUR),
                    Instant.ofEpochMilli(end), Instant.ofEpochMilli(end - DAY));
            latest.put(e.getKey(), t);
            context.forward(new Record<>(e.getKey(), t, streamTime));
        }
    }
}
