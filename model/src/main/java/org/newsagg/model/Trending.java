package org.newsagg.model;

import java.time.Instant;
import java.util.List;

/**
 * The keys of one dimension rising fastest against their own baseline: the value of the trending topic, keyed by
 * dimension, and what {@code GET /api/trending} returns.
 *
 * @param schemaVersion  {@link #SCHEMA_VERSION}
 * @param dimension      "actor", "dyad", ...
 * @param hourStart      start of the last hour, inclusive (event time)
 * @param windowEnd      end of the last hour and of the baseline, exclusive: the end of the minute stream time is in
 * @param baselineStart  start of the 24-hour baseline, inclusive
 * @param ranked         best first
 */
public record Trending(int schemaVersion, String dimension, Instant hourStart, Instant windowEnd, Instant baselineStart,
        List<Entry> ranked) {

    public static final int SCHEMA_VERSION = 1;

    /**
     * One trending key.
     *
     * @param rank     1 for the top entry
     * @param lastHour articles in the last hour
     * @param last24h  articles in the last 24 hours, the last hour included
     * @param ratio    lastHour / (last24h / 24), three decimals: 1 is the key's usual pace, 24 the most possible
     */
    public record Entry(int rank, String key, long lastHour, long last24h, double ratio) {}
}
