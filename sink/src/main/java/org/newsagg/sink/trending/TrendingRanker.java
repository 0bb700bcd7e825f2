package org.newsagg.sink.trending;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
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
import org.newsagg.model.Trending;
import org.newsagg.sink.aggregate.Contribution;
import org.newsagg.sink.aggregate.ContributionBatch;

/**
 * Counts articles per key and minute, and on every minute of stream time ranks each dimension it has seen and
 * forwards the list, keyed by dimension. Records arrive keyed by dimension, so one task sees a whole dimension.
 *
 * <p>Each key's counts over the last hour and day are kept running ({@link TrendingStores#RUNNING}): an article adds
 * to them when it arrives, and a ranking subtracts the minutes that left the hour and the day since the previous
 * one. Re-summing a day of per-minute counts at every minute cost a scan of every key-minute of the day; in a
 * replay, where stream time runs through a minute with nearly every article, that was a scan per article. Only
 * the first ranking of a task, with nothing running yet, sums the day.
 */
public final class TrendingRanker implements Processor<String, ContributionBatch, String, Trending> {

    private static final long MINUTE = TrendingStores.BUCKET.toMillis();
    private static final long HOUR = Duration.ofHours(1).toMillis();
    private static final long DAY = Duration.ofDays(1).toMillis();

    private final TrendingRanking ranking;
    private ProcessorContext<String, Trending> context;
    private WindowStore<String, Long> counts;
    private KeyValueStore<String, long[]> running;
    private KeyValueStore<String, Trending> latest;
    /**
     * Which keys have a count at each minute still to leave the day: derived from {@link TrendingStores#COUNTS}
     * (rebuilt from it in {@link #init}, added to with every count), so a ranking reads the counts of the minutes that
     * leave the hour and the day by key. A range read of the cached window store copies and filters every cached
     * count of every minute, each minute of stream time (docs/benchmarks.md, "What stops the rest").
     */
    private final TreeMap<Long, Set<String>> keysByMinute = new TreeMap<>();
    /**
     * The running store's content by dimension, then key (the part of {@code dimension|key} after the first bar),
     * sorted: derived from the store as {@link #keysByMinute} is (rebuilt in {@link #init}, changed with every put
     * and delete of the store, which only this processor writes). Each ranking reads every key's counts, and
     * iterating the cached store copied and merged them through the record cache, and sorted them into new maps,
     * each minute of stream time (docs/benchmarks.md, issue 18, third round). Values are never changed in place: a
     * change is a new array.
     */
    private final Map<String, TreeMap<String, long[]>> runningByDimension = new TreeMap<>();
    /** {@link TrendingStores#RANKED_UNTIL}'s value in the running store, or null before the first ranking. */
    private long[] rankedUntil;

    public TrendingRanker(TrendingConfig config) {
        this.ranking = new TrendingRanking(config);
    }

    @Override
    public void init(ProcessorContext<String, Trending> context) {
        this.context = context;
        this.counts = context.getStateStore(TrendingStores.COUNTS);
        this.running = context.getStateStore(TrendingStores.RUNNING);
        this.latest = context.getStateStore(TrendingStores.LATEST);
        // init runs again on the same instance when Kafka Streams revives a task: the index follows the store.
        keysByMinute.clear();
        try (KeyValueIterator<Windowed<String>, Long> it = counts.all()) {
            it.forEachRemaining(kv -> index(kv.key.key(), kv.key.window().start()));
        }
        runningByDimension.clear();
        rankedUntil = null;
        try (KeyValueIterator<String, long[]> it = running.all()) {
            it.forEachRemaining(kv -> {
                if (kv.key.equals(TrendingStores.RANKED_UNTIL)) rankedUntil = kv.value;
                else mirror(kv.key, kv.value);
            });
        }
        context.schedule(TrendingStores.BUCKET, PunctuationType.STREAM_TIME, this::refresh);
    }

    @Override
    public void process(Record<String, ContributionBatch> record) {
        // A batch is one article's keys of one dimension: as many articles as contributions, at one time.
        for (Contribution c : record.value().contributions()) count(c);
    }

    private void count(Contribution c) {
        long ts = c.published().toEpochMilli();
        long minute = ts - Math.floorMod(ts, MINUTE);
        Long before = counts.fetch(c.groupKey(), minute);
        counts.put(c.groupKey(), (before == null ? 0L : before) + 1, minute);
        index(c.groupKey(), minute);
        long[] until = rankedUntil;
        if (until == null) return; // the first ranking sums the day, this article included
        // Counted where the last ranking's windows hold its minute; a minute they have not reached yet is in both.
        long[] current = runningCount(c.groupKey());
        long[] next = current == null ? new long[2] : current.clone();
        if (minute >= until[0] - HOUR) next[0]++;
        if (minute >= until[0] - DAY) next[1]++;
        if (next[1] > 0) putRunning(c.groupKey(), next);
    }

    private void putRunning(String groupKey, long[] value) {
        running.put(groupKey, value);
        mirror(groupKey, value);
    }

    private void mirror(String groupKey, long[] value) {
        int bar = groupKey.indexOf('|');
        runningByDimension.computeIfAbsent(groupKey.substring(0, bar), d -> new TreeMap<>())
                .put(groupKey.substring(bar + 1), value);
    }

    private long[] runningCount(String groupKey) {
        int bar = groupKey.indexOf('|');
        Map<String, long[]> keys = runningByDimension.get(groupKey.substring(0, bar));
        return keys == null ? null : keys.get(groupKey.substring(bar + 1));
    }

    private void index(String groupKey, long minute) {
        keysByMinute.computeIfAbsent(minute, m -> new HashSet<>()).add(groupKey);
    }

    private void refresh(long streamTime) {
        long end = streamTime - Math.floorMod(streamTime, MINUTE) + MINUTE;
        long[] until = rankedUntil;
        if (until == null) {
            sumTheDay(end);
        } else if (end > until[0]) {
            leave(until[0] - HOUR, end - HOUR, 0);
            leave(until[0] - DAY, end - DAY, 1);
        }
        if (until == null || end > until[0]) {
            rankedUntil = new long[] {end, 0};
            running.put(TrendingStores.RANKED_UNTIL, rankedUntil);
            // No ranking reads a minute before the day that ends here again (leave reads from the last end on).
            keysByMinute.headMap(end - DAY).clear();
        }

        // Keys with nothing left in the day go, from the store and its copy; a dimension with no key left is ranked
        // only if it has a list already (below).
        for (var dimension : runningByDimension.entrySet()) {
            Iterator<Map.Entry<String, long[]>> keys = dimension.getValue().entrySet().iterator();
            while (keys.hasNext()) {
                Map.Entry<String, long[]> kv = keys.next();
                if (kv.getValue()[1] > 0) continue;
                running.delete(dimension.getKey() + "|" + kv.getKey());
                keys.remove();
            }
        }
        runningByDimension.values().removeIf(Map::isEmpty);
        // dimension -> key -> [lastHour, last24h]; sorted so the output order does not depend on store order
        Map<String, Map<String, long[]>> byDimension = new TreeMap<>(runningByDimension);
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

    /** Running counts from the minute counts of the day ending at {@code end}. */
    private void sumTheDay(long end) {
        Map<String, long[]> sums = new TreeMap<>();
        try (KeyValueIterator<Windowed<String>, Long> it = counts.fetchAll(end - DAY, end - 1)) {
            while (it.hasNext()) {
                KeyValue<Windowed<String>, Long> kv = it.next();
                long[] c = sums.computeIfAbsent(kv.key.key(), k -> new long[2]);
                if (kv.key.window().start() >= end - HOUR) c[0] += kv.value;
                c[1] += kv.value;
            }
        }
        sums.forEach(this::putRunning);
    }

    /** Takes the minutes from {@code from} (included) to {@code to} (excluded) out of the running count {@code which}. */
    private void leave(long from, long to, int which) {
        if (to <= from) return;
        Map<String, Long> leaving = new HashMap<>();
        for (var minute : keysByMinute.subMap(from, true, to, false).entrySet()) {
            for (String key : minute.getValue()) {
                Long n = counts.fetch(key, minute.getKey());
                if (n != null) leaving.merge(key, n, Long::sum);
            }
        }
        leaving.forEach((key, n) -> {
            long[] c = runningCount(key);
            if (c == null) return;
            long[] next = c.clone();
            next[which] -= n;
            putRunning(key, next);
        });
    }
}
