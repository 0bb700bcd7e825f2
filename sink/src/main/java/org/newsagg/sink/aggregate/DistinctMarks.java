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
 * Exact distinct counts (stories, outlets) for every window family, from one marker per value and grain.
 *
 * <p>A marker says "this story was counted under this key in this grain of time". The grain is the greatest common
 * divisor of the families' buckets (15 minutes for {@code 15m,1h,1d,24h/1h}), so every window of every family is a
 * run of whole grains. A value is new in a window when no grain of that window holds its marker yet. So all the
 * windows an article falls in, across families, are answered from the markers of the two days around it, read in
 * one range scan of one key, and cost at most one new marker, instead of a look-up and a write per window (or per
 * family: a marker per family's bucket took three writes per new story under the defaults).
 */
final class DistinctMarks {

    private static final Integer MARK = 1;

    private final List<WindowSpec> windows;
    private final Duration grain;
    private final WindowStore<String, Integer> store;

    DistinctMarks(List<WindowSpec> windows, WindowStore<String, Integer> store) {
        this.windows = windows;
        this.grain = grain(windows);
        this.store = store;
    }

    /** The marks' grain for these families: the greatest common divisor of their buckets. */
    static Duration grain(List<WindowSpec> windows) {
        long g = 0;
        for (WindowSpec w : windows) g = gcd(g, w.bucket().toMillis());
        return Duration.ofMillis(g);
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /**
     * Marks {@code value} (a story id or an outlet, told apart by {@code kind}) as counted under {@code groupKey} at
     * {@code timestamp}, and says for each family, window by window (in {@link WindowSpec#windowStartsFor} order),
     * whether it was new there. A null value is new nowhere.
     */
    Map<WindowSpec, boolean[]> mark(String groupKey, String kind, String value, long timestamp) {
        Map<WindowSpec, List<Long>> starts = new LinkedHashMap<>();
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (WindowSpec w : windows) {
            List<Long> s = w.windowStartsFor(timestamp);
            starts.put(w, s);
            from = Math.min(from, s.get(0));
            to = Math.max(to, s.get(s.size() - 1) + w.size().toMillis() - 1);
        }
        long grainMs = grain.toMillis();
        long own = timestamp - Math.floorMod(timestamp, grainMs);
        String key = markKey(groupKey, grain, kind) + value;
        List<Long> marked = new ArrayList<>();
        if (value != null) {
            try (WindowStoreIterator<Integer> it = store.fetch(key, Math.max(0, from), to)) {
                it.forEachRemaining(kv -> marked.add(kv.key));
            }
        }
        Map<WindowSpec, boolean[]> out = new LinkedHashMap<>();
        for (var e : starts.entrySet()) {
            long size = e.getKey().size().toMillis();
            List<Long> s = e.getValue();
            boolean[] fresh = new boolean[s.size()];
            for (int i = 0; i < fresh.length; i++) {
                long start = s.get(i);
                boolean seen = false;
                for (long m : marked) {
                    if (m >= start && m < start + size) {
                        seen = true;
                        break;
                    }
                }
                fresh[i] = value != null && !seen;
            }
            out.put(e.getKey(), fresh);
        }
        if (value != null && !marked.contains(own)) store.put(key, MARK, own);
        return out;
    }

    /**
     * How many distinct values of {@code kind} are marked under {@code groupKey} from {@code from} to {@code to}
     * (epoch ms, both included), for families whose marks have grain {@code grain}: a window's distinct stories or
     * outlets, read in one key-range scan.
     */
    static long distinct(ReadOnlyWindowStore<String, Integer> store, String groupKey, Duration grain, String kind,
            long from, long to) {
        String prefix = markKey(groupKey, grain, kind);
        // The prefix ends with '|' and '}' is the next character: the range holds every key with the prefix.
        String upTo = prefix.substring(0, prefix.length() - 1) + "}";
        Set<String> values = new HashSet<>();
        // A task's own store takes epoch millis; the Instant overload formats a message for every call.
        try (KeyValueIterator<Windowed<String>, Integer> it = store instanceof WindowStore<String, Integer> own
                ? own.fetch(prefix, upTo, from, to)
                : store.fetch(prefix, upTo, Instant.ofEpochMilli(from), Instant.ofEpochMilli(to))) {
            while (it.hasNext()) {
                String k = it.next().key.key();
                if (k.startsWith(prefix)) values.add(k.substring(prefix.length()));
            }
        }
        return values.size();
    }

    private static String markKey(String groupKey, Duration grain, String kind) {
        return groupKey + "|" + grain + "|" + kind + "|";
    }
}
