package org.newsagg.sink.aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Exact distinct counts (stories, outlets) for every window family, from one marker per value and time bucket.
 *
 * <p>A marker says "this story was counted under this key in this bucket" (the bucket is the family's advance: the
 * window itself when tumbling, the hour for {@code 24h/1h}). A value is new in a window when no bucket of that
 * window holds its marker yet. So the 24 hopping windows an article falls in are answered from the markers of the
 * 47 hours around it, read in one range scan, and cost at most one new marker, the same hourly marker the 1-hour
 * tumbling family uses, instead of a look-up and a write per window.
 */
final class DistinctMarks {

    private static final Integer MARK = 1;

    /** Families grouped by bucket size, each group in configuration order. */
    private final Map<Duration, List<WindowSpec>> byBucket = new LinkedHashMap<>();
    private final WindowStore<String, Integer> store;

    DistinctMarks(List<WindowSpec> windows, WindowStore<String, Integer> store) {
        for (WindowSpec w : windows) byBucket.computeIfAbsent(w.bucket(), b -> new ArrayList<>()).add(w);
        this.store = store;
    }

    /**
     * Marks {@code value} (a story id or an outlet, told apart by {@code kind}) as counted under {@code groupKey} at
     * {@code timestamp}, and says for each family, window by window (in {@link WindowSpec#windowStartsFor} order),
     * whether it was new there. A null value is new nowhere.
     */
    Map<WindowSpec, boolean[]> mark(String groupKey, String kind, String value, long timestamp) {
        Map<WindowSpec, boolean[]> out = new LinkedHashMap<>();
        for (var group : byBucket.entrySet()) {
            long bucketMs = group.getKey().toMillis();
            long bucket = timestamp - Math.floorMod(timestamp, bucketMs);
            String key = markKey(groupKey, group.getKey(), kind) + value;
            // Buckets of other windows that contain this one: up to (size - bucket) either side.
            long reach = group.getValue().stream().mapToLong(w -> w.size().toMillis() - bucketMs).max().orElse(0);
            List<Long> marked = value == null ? List.of() : marked(key, bucket, reach);
            for (WindowSpec w : group.getValue()) {
                List<Long> starts = w.windowStartsFor(timestamp);
                boolean[] fresh = new boolean[starts.size()];
                for (int i = 0; i < fresh.length; i++) {
                    long start = starts.get(i);
                    long end = start + w.size().toMillis();
                    fresh[i] = value != null && marked.stream().noneMatch(m -> m >= start && m < end);
                }
                out.put(w, fresh);
            }
            if (value != null && !marked.contains(bucket)) store.put(key, MARK, bucket);
        }
        return out;
    }

    /**
     * How many distinct values of {@code kind} are marked under {@code groupKey} in the buckets of size
     * {@code bucket} that start from {@code from} to {@code to}, both included: a window's distinct stories or
     * outlets, read in one key-range scan.
     */
    static long distinct(ReadOnlyWindowStore<String, Integer> store, String groupKey, Duration bucket, String kind,
            long from, long to) {
        String prefix = markKey(groupKey, bucket, kind);
        // The prefix ends with '|' and '}' is the next character: the range holds every key with the prefix.
        String upTo = prefix.substring(0, prefix.length() - 1) + "}";
        Set<String> values = new HashSet<>();
        try (KeyValueIterator<Windowed<String>, Integer> it = store.fetch(prefix, upTo, Instant.ofEpochMilli(from), Instant.ofEpochMilli(to))) {
            while (it.hasNext()) {
                String k = it.next().key.key();
                if (k.startsWith(prefix)) values.add(k.substring(prefix.length()));
            }
        }
        return values.size();
    }

    private static String markKey(String groupKey, Duration bucket, String kind) {
        return groupKey + "|" + bucket + "|" + kind + "|";
    }

    /** The buckets within {@code reach} of {@code bucket} that already hold the marker. */
    private List<Long> marked(String key, long bucket, long reach) {
        if (reach == 0) return store.fetch(key, bucket) == null ? List.of() : List.of(bucket);
        List<Long> out = new ArrayList<>();
        try (WindowStoreIterator<Integer> it = store.fetch(key, Math.max(0, bucket - reach), bucket + reach)) {
            it.forEachRemaining(kv -> out.add(kv.key));
        }
        return out;
    }
}
