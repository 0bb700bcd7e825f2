package org.newsagg.sink.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.newsagg.model.Aggregate;
import org.newsagg.model.Trending;
import org.newsagg.sink.aggregate.AggregateStores;
import org.newsagg.sink.aggregate.HoppingWindowValues;
import org.newsagg.sink.aggregate.WindowAccumulator;
import org.newsagg.sink.aggregate.WindowSpec;

/**
 * Answers from the stores of this instance's tasks only. The stores are looked up on every call, because Kafka
 * Streams hands out new ones after each rebalance.
 */
public final class LocalReadModel implements AggregateReadModel {

    private final Function<String, ? extends ReadOnlyWindowStore<String, WindowAccumulator>> aggregates;
    private final Supplier<? extends ReadOnlyKeyValueStore<String, Long>> newest;
    private final Supplier<? extends ReadOnlyKeyValueStore<String, Trending>> trending;
    private final Supplier<? extends ReadOnlyWindowStore<String, Integer>> marks;
    private final Supplier<? extends ReadOnlyKeyValueStore<String, Long>> hoppingOpened;
    private final List<WindowSpec> windows;
    private final WindowFamilies families;

    /**
     * {@code aggregates}: a family's store by store name ({@link AggregateStores#aggregates}); {@code marks} and
     * {@code hoppingOpened}: {@link AggregateStores#DISTINCT} and {@link AggregateStores#HOPPING_OPENED}, read only
     * for windows of hopping families that a local task has not opened yet.
     */
    public LocalReadModel(Function<String, ? extends ReadOnlyWindowStore<String, WindowAccumulator>> aggregates,
            Supplier<? extends ReadOnlyKeyValueStore<String, Long>> newest,
            Supplier<? extends ReadOnlyKeyValueStore<String, Trending>> trending,
            Supplier<? extends ReadOnlyWindowStore<String, Integer>> marks,
            Supplier<? extends ReadOnlyKeyValueStore<String, Long>> hoppingOpened, List<WindowSpec> windows) {
        this.aggregates = aggregates;
        this.newest = newest;
        this.trending = trending;
        this.marks = marks;
        this.hoppingOpened = hoppingOpened;
        this.windows = windows;
        this.families = new WindowFamilies(windows);
    }

    @Override
    public List<Aggregate> windows(String dimension, String key, String window, Instant from, Instant to) {
        WindowSpec spec = families.byName(window);
        Map<Long, Aggregate> out = new TreeMap<>();
        String groupKey = dimension + "|" + key;
        try (WindowStoreIterator<WindowAccumulator> it =
                aggregates.apply(AggregateStores.aggregates(spec)).fetch(groupKey, from, to)) {
            it.forEachRemaining(kv -> out.put(kv.key, kv.value.toAggregate(dimension, key, spec, kv.key)));
        }
        if (spec.hopping()) {
            long advance = spec.advance().toMillis();
            long first = from.toEpochMilli() + Math.floorMod(-from.toEpochMilli(), advance);
            for (long start = Math.max(first, firstUnopenedStart(spec)); start <= to.toEpochMilli(); start += advance) {
                WindowAccumulator value = unopened(spec, groupKey, groupKey, start).get(groupKey);
                if (value != null) out.put(start, value.toAggregate(dimension, key, spec, start));
            }
        }
        return new ArrayList<>(out.values());
    }

    @Override
    public List<Aggregate> top(String dimension, String window, Instant windowStart, int n) {
        WindowSpec spec = families.byName(window);
        String prefix = dimension + "|";
        List<Aggregate> candidates = new ArrayList<>();
        if (spec.hopping() && windowStart.toEpochMilli() >= firstUnopenedStart(spec)) {
            unopened(spec, prefix, dimension + "}", windowStart.toEpochMilli()).forEach((k, v) -> {
                if (k.startsWith(prefix) && k.length() > prefix.length()) {
                    candidates.add(v.toAggregate(dimension, k.substring(prefix.length()), spec, windowStart.toEpochMilli()));
                }
            });
            return TopRanking.best(candidates.stream(), n);
        }
        // Store keys start with "dimension|": a key range ("dimension|" up to "dimension}", '}' being the character
        // after '|') reads only this dimension's entries instead of every key of the segment.
        try (KeyValueIterator<Windowed<String>, WindowAccumulator> it = aggregates.apply(AggregateStores.aggregates(spec))
                .fetch(prefix, dimension + "}", windowStart, windowStart)) {
            while (it.hasNext()) {
                KeyValue<Windowed<String>, WindowAccumulator> kv = it.next();
                String k = kv.key.key();
                if (!k.startsWith(prefix) || k.length() == prefix.length()) continue;
                String key = k.substring(prefix.length());
                candidates.add(kv.value.toAggregate(dimension, key, spec, kv.key.window().start()));
            }
        }
        return TopRanking.best(candidates.stream(), n);
    }

    /**
     * The start of the oldest window of a hopping family that some local task has not opened yet. A task opens a
     * window when its own stream time reaches the window's last bucket, so a quiet task can lag behind the
     * application's current window; its keys' values for such a window are computed from the buckets instead.
     */
    private long firstUnopenedStart(WindowSpec spec) {
        long span = spec.size().toMillis() - spec.advance().toMillis();
        long oldest = Long.MAX_VALUE;
        boolean any = false;
        try (KeyValueIterator<String, Long> it = hoppingOpened.get().all()) {
            while (it.hasNext()) {
                KeyValue<String, Long> kv = it.next();
                if (kv.key.equals(spec.name())) {
                    any = true;
                    oldest = Math.min(oldest, kv.value);
                }
            }
        }
        return any ? oldest - span + spec.advance().toMillis() : Long.MIN_VALUE;
    }

    private Map<String, WindowAccumulator> unopened(WindowSpec spec, String keyFrom, String keyTo, long start) {
        WindowSpec buckets = HoppingWindowValues.bucketsOf(spec, windows);
        return HoppingWindowValues.read(aggregates.apply(AggregateStores.aggregates(buckets)), v -> v, marks.get(),
                HoppingWindowValues.markGrain(windows), spec, keyFrom, keyTo, start);
    }

    @Override
    public Optional<Instant> newestEvent() {
        long max = Long.MIN_VALUE;
        try (KeyValueIterator<String, Long> it = newest.get().all()) {
            while (it.hasNext()) max = Math.max(max, it.next().value);
        }
        return max == Long.MIN_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(max));
    }

    @Override
    public Optional<Instant> latestWindowStart(String window) {
        families.byName(window);
        return newestEvent().map(t -> families.currentStart(window, t));
    }

    @Override
    public Optional<Trending> trending(String dimension) {
        return Optional.ofNullable(trending.get().get(dimension));
    }
}
