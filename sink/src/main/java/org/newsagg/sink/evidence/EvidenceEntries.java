package org.newsagg.sink.evidence;

/**
 * How many articles the evidence keeps: per key and grain of time (15 minutes by default), the newest {@link #LIMIT}.
 * Every window is a whole number of grains, so a window's newest {@code LIMIT} articles are among its grains' newest
 * {@code LIMIT}: the list of any window is exact, whatever its size.
 */
public final class EvidenceEntries {

    /** Articles listed behind one count at most: the newest of its window. */
    public static final int LIMIT = 50;

    private EvidenceEntries() {}
}
