package org.newsagg.sink.aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The value of a hopping family's window computed from the buckets it spans and their distinct marks: how
 * {@link HoppingRollOver} opens a window, and how the query API answers for a window a task has not opened yet.
 */
public final class HoppingWindowValues {

    private HoppingWindowValues() {}

    /**
     * The tumbling family whose windows are the buckets of {@code hopping}: the configured one of its advance's
     * size, or a hidden one named {@code bucket-<advance>} that is kept but never published.
     */
    public static WindowSpec bucketsOf(WindowSpec hopping, List<WindowSpec> windows) {
        return windows.stream().filter(t -> !t.hopping() && t.size().equals(hopping.advance())).findFirst()
                .orElse(new WindowSpec("bucket-" + hopping.advance(), hopping.advance(), hopping.advance()));
    }

    /** The grain of the distinct marks the sink keeps for these families ({@link DistinctMarks}). */
    public static Duration markGrain(List<WindowSpec> windows) {
        return DistinctMarks.grain(windows);
    }

    /**
     * Every key's value in the window of {@code hopping} that starts at {@code start}, from its buckets (read through
     * {@code value}) and the distinct marks of grain {@code grain}; keys from {@code keyFrom} to {@code keyTo} (both
     * null: every key), in key order.
     */
    public static <V> Map<String, WindowAccumulator> read(ReadOnlyWindowStore<String, V> buckets,
            Function<V, WindowAccumulator> value, ReadOnlyWindowStore<String, Integer> marks, Duration grain,
            WindowSpec hopping, String keyFrom, String keyTo, long start) {
        long end = start + hopping.size().toMillis(); // exclusive
        Map<String, List<WindowAccumulator>> byKey = new TreeMap<>();
        Instant from = Instant.ofEpochMilli(start);
        Instant lastBucket = Instant.ofEpochMilli(end - hopping.advance().toMillis());
        try (KeyValueIterator<Windowed<String>, V> it = fetch(buckets, keyFrom, keyTo, from, lastBucket)) {
            while (it.hasNext()) {
                var kv = it.next();
                byKey.computeIfAbsent(kv.key.key(), k -> new ArrayList<>()).add(value.apply(kv.value));
            }
        }
        Map<String, WindowAccumulator> out = new TreeMap<>();
        for (var e : byKey.entrySet()) {
            List<WindowAccumulator> values = e.getValue();
            if (values.size() == 1) {
                // One bucket holds all of the key's articles in the window: its distinct counts are the window's.
                out.put(e.getKey(), values.get(0));
                continue;
            }
            long stories = DistinctMarks.distinct(marks, e.getKey(), grain, WindowAggregator.STORY, start, end - 1);
            long sources = DistinctMarks.distinct(marks, e.getKey(), grain, WindowAggregator.OUTLET, start, end - 1);
            out.put(e.getKey(), WindowAccumulator.ofBuckets(values, stories, sources));
        }
        return out;
    }

    private static <V> KeyValueIterator<Windowed<String>, V> fetch(ReadOnlyWindowStore<String, V> store, String keyFrom,
            String keyTo, Instant from, Instant to) {
        boolean all = keyFrom == null && keyTo == null;
        // A task's own store takes epoch millis; the Instant overloads format a message for every call.
        if (store instanceof WindowStore<String, V> own) {
            return all ? own.fetchAll(from.toEpochMilli(), to.toEpochMilli())
                    : own.fetch(keyFrom, keyTo, from.toEpochMilli(), to.toEpochMilli());
        }
        return all ? store.fetchAll(from, to) : store.fetch(keyFrom, keyTo, from, to);
    }
}
