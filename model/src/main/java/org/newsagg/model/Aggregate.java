package org.newsagg.model;

import java.time.Instant;
import java.util.List;

/**
 * One rolling aggregate: the value of the aggregates topic, keyed {@code dimension|key|window|windowStart}.
 * See docs/schemas/aggregate.schema.json.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION}
 * @param dimension     what is counted: "actor", "country", "event", "eventRoot", "plover", "dyad", "outlet"
 * @param key           the value of the dimension, e.g. "USAGOV", "112", "USA|11|RUS"
 * @param window        the window's name, e.g. "15m", "1h", "1d", "24h"
 * @param windowStart   inclusive start, event time
 * @param windowEnd     exclusive end, event time
 * @param articles      distinct articles (duplicates never counted)
 * @param stories       distinct stories
 * @param sources       distinct outlets, including the outlets of syndicated copies
 * @param syndicated    near and exact copies of the counted articles from other outlets
 * @param events        asserted events counted (for event and dyad dimensions; else events in the articles)
 * @param goldsteinAvg  average Goldstein score of those events, 0 when there are none
 * @param firstSeen     earliest publication time counted
 * @param lastSeen      latest publication time counted
 * @param samples       up to three sample headlines with links
 */
public record Aggregate(
        int schemaVersion,
        String dimension,
        String key,
        String window,
        Instant windowStart,
        Instant windowEnd,
        long articles,
        long stories,
        long sources,
        long syndicated,
        long events,
        double goldsteinAvg,
        Instant firstSeen,
        Instant lastSeen,
        List<Sample> samples) {

    public static final int SCHEMA_VERSION = 1;

    /** A headline shown next to a count. */
    public record Sample(String title, String url, String source) {}
}
