package org.newsagg.sink.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.newsagg.model.Aggregate;
import org.newsagg.sink.aggregate.AggregateStores;
import org.newsagg.sink.aggregate.WindowAccumulator;
import org.newsagg.sink.aggregate.WindowSpec;
import org.newsagg.sink.trending.Trending;

/**
 * Answers from the stores of this instance's tasks only. The stores are looked up on every call, because Kafka
 * Streams hands out new ones after each rebalance.
 */
public final class LocalReadModel implements AggregateReadModel {

    private final Function<String, ? extends ReadOnlyWindowStore<String, WindowAccumulator>> aggregates;
    private final Supplier<? extends ReadOnlyKeyValueStore<String, Long>> newest;
    private final Supplier<? extends ReadOnlyKeyValueStore<String, Trending>> trending;
    private final WindowFamilies families;

    /** {@code aggregates}: a family's store by store name ({@link AggregateStores#aggregates}). */
    public LocalReadModel(Function<String, ? extends ReadOnlyWindowStore<String, WindowAccumulator>> aggregates,
            Supplier<? extends ReadOnlyKeyValueStore<String, Long>> newest,
            Supplier<? extends ReadOnlyKeyValueStore<String, Trending>> trending, List<WindowSpec> windows) {
        this.aggregates = aggregates;
        this.newest = newest;
        this.trending = trending;
        this.families = new WindowFamilies(windows);
    }

    @Override
    public List<Aggregate> windows(String dimension, String key, String window, Instant from, Instant to) {
        WindowSpec spec = families.byName(window);
        List<Aggregate> out = new ArrayList<>();
        try (WindowStoreIterator<WindowAccumulator> it =
                aggregates.apply(AggregateStores.aggregates(spec)).fetch(dimension + "|" + key, from, to)) {
            it.forEachRemaining(kv -> out.add(kv.value.toAggregate(dimension, key, spec, kv.key)));
        }
        return out;
    }

    @Override
    public List<Aggregate> top(String dimension, String window, Instant windowStart, int n) {
        WindowSpec spec = families.byName(window);
        String prefix = dimension + "|";
        List<Aggregate> candidates = new ArrayList<>();
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
