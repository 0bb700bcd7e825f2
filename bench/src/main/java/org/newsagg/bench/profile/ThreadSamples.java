package org.newsagg.bench.profile;

import java.util.Map;

/**
 * One thread's samples in a recording, by group.
 *
 * @param thread   the thread's name
 * @param weighted the samples, native ones weighted to the Java samples' period (see {@link JfrThreadProfile})
 * @param byGroup  weighted samples per group, largest first
 * @param callers  per group, weighted samples by the project's method nearest the leaf ({@code Class.method}, or
 *                 "-" when no project frame is on the stack), largest first: whose store reads the RocksDB samples are
 */
public record ThreadSamples(String thread, double weighted, Map<String, Double> byGroup,
        Map<String, Map<String, Double>> callers) {

    public ThreadSamples {
        byGroup = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byGroup));
        callers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(callers));
    }

    /** The share of the thread's samples in {@code group}, 0 to 1. */
    public double share(String group) {
        return weighted == 0 ? 0 : byGroup.getOrDefault(group, 0.0) / weighted;
    }
}
