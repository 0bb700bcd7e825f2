package org.newsagg.streams.dedupe;

import java.util.Arrays;

/**
 * A term's document counts by day of publication, packed one day to a long ({@code epochDay << 32 | count}),
 * oldest day first. Days before the retention's first day are dropped as counts are added, so an entry holds at most
 * the retention in days plus one: a small value, cheap to read and rewrite on every article.
 */
final class DayCounts {

    static final long DAY_MILLIS = 86_400_000L;

    private DayCounts() {}

    static long dayOf(long epochMillis) {
        return Math.floorDiv(epochMillis, DAY_MILLIS);
    }

    /** The sum of the counts of days at or after {@code firstDay}. */
    static int sum(long[] counts, long firstDay) {
        if (counts == null) return 0;
        long total = 0;
        for (long c : counts) if (day(c) >= firstDay) total += count(c);
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    /** The counts with one more on {@code day}, and without the days before {@code firstDay}. */
    static long[] add(long[] counts, long day, long firstDay) {
        long[] old = counts == null ? new long[0] : counts;
        long[] out = new long[old.length + 1];
        int n = 0;
        boolean added = false;
        for (long c : old) {
            long d = day(c);
            if (d < firstDay) continue;
            if (!added && d > day) {
                out[n++] = pack(day, 1);
                added = true;
            }
            out[n++] = d == day ? pack(d, count(c) + 1) : c;
            if (d == day) added = true;
        }
        if (!added && day >= firstDay) out[n++] = pack(day, 1);
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** The newest day counted, or {@link Long#MIN_VALUE} when none. */
    static long lastDay(long[] counts) {
        return counts == null || counts.length == 0 ? Long.MIN_VALUE : day(counts[counts.length - 1]);
    }

    private static long pack(long day, long count) {
        return day << 32 | Math.min(count, 0xFFFF_FFFFL);
    }

    private static long day(long packed) {
        return packed >> 32;
    }

    private static long count(long packed) {
        return packed & 0xFFFF_FFFFL;
    }
}
