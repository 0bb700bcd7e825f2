package org.newsagg.sink.aggregate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.newsagg.model.Settings;

/**
 * One family of event-time windows: tumbling when {@code advance == size}, hopping otherwise.
 * Written in config as {@code 15m} (tumbling) or {@code 24h/1h} (24-hour windows advancing every hour).
 */
public record WindowSpec(String name, Duration size, Duration advance) {

    public static final String DEFAULTS = "15m,1h,1d,24h/1h";

    public WindowSpec {
        if (size.isZero() || size.isNegative()) throw new IllegalArgumentException("window " + name + " has no size");
        if (advance.isZero() || advance.compareTo(size) > 0) {
            throw new IllegalArgumentException("window " + name + " must advance by more than 0 and at most its size");
        }
        // A hopping window is then a run of whole advance-long buckets, which is what counts its distinct stories
        // and outlets exactly from one marker per bucket (DistinctMarks).
        if (size.toMillis() % advance.toMillis() != 0) {
            throw new IllegalArgumentException("window " + name + " must be a whole number of its advance " + advance);
        }
    }

    /** Hopping: each time falls in several windows of the family. */
    public boolean hopping() {
        return !advance.equals(size);
    }

    /**
     * The time buckets distinct values are marked in: the advance, which is the window itself for tumbling windows.
     * Every window of the family is a run of whole buckets.
     */
    public Duration bucket() {
        return advance;
    }

    public static List<WindowSpec> parseList(String spec) {
        List<WindowSpec> out = new ArrayList<>();
        for (String part : spec.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) continue;
            String[] sizeAdvance = p.split("/");
            Duration size = Settings.parseDuration("newsagg.sink.windows", sizeAdvance[0]);
            Duration advance = sizeAdvance.length > 1 ? Settings.parseDuration("newsagg.sink.windows", sizeAdvance[1]) : size;
            out.add(new WindowSpec(sizeAdvance[0], size, advance));
        }
        return List.copyOf(out);
    }

    /** Starts (epoch ms) of every window of this family that contains {@code timestamp}, oldest first. */
    public List<Long> windowStartsFor(long timestamp) {
        long sizeMs = size.toMillis();
        long advanceMs = advance.toMillis();
        long latest = timestamp - Math.floorMod(timestamp, advanceMs);
        List<Long> starts = new ArrayList<>();
        for (long start = latest; start > timestamp - sizeMs; start -= advanceMs) starts.add(0, start);
        return starts;
    }
}
