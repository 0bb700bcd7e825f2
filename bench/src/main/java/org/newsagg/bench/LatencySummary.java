package org.newsagg.bench;

import java.util.Arrays;

/**
 * End-to-end latency at a fixed offered rate: from the producer's acknowledgement of a raw article (appended to
 * the raw topic, acks=all) to the first committed aggregate update on the aggregates topic that counts it.
 *
 * @param offered    articles sent
 * @param rate       offered rate, articles per second
 * @param seconds    how long the offer lasted
 * @param matched    articles whose aggregate update was seen (unique articles: copies add to their original's keys)
 * @param unmatched  articles never seen under their own outlet: duplicates, or articles dead-lettered
 * @param warmupSeconds  how long articles were offered before the measured ones; not in the percentiles
 * @param warmupMatched  warm-up articles whose aggregate update was seen
 * @param warmupMaxMs    the highest latency among them: what the first seconds after the stages start cost
 */
public record LatencySummary(int offered, double rate, double seconds, int matched, int unmatched,
        double p50Ms, double p95Ms, double p99Ms, double maxMs, double meanMs, double warmupSeconds,
        int warmupMatched, double warmupMaxMs) {

    public static LatencySummary of(int offered, double rate, double seconds, long[] latenciesNanos) {
        return of(offered, rate, seconds, latenciesNanos, 0, new long[0]);
    }

    public static LatencySummary of(int offered, double rate, double seconds, long[] latenciesNanos,
            double warmupSeconds, long[] warmupNanos) {
        long[] sorted = latenciesNanos.clone();
        Arrays.sort(sorted);
        double mean = sorted.length == 0 ? 0 : Arrays.stream(sorted).average().orElse(0) / 1e6;
        return new LatencySummary(offered, rate, seconds, sorted.length, offered - sorted.length,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, mean, warmupSeconds, warmupNanos.length,
                Arrays.stream(warmupNanos).max().orElse(0) / 1e6);
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1e6;
    }
}
