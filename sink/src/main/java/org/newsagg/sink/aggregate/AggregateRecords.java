package org.newsagg.sink.aggregate;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.Record;
import org.newsagg.model.Aggregate;

/**
 * A family's window value as the aggregates topic's record: key {@code dimension|key|window|windowStart}, value the
 * whole {@link Aggregate}, timestamp the newest publication time counted in the window.
 */
final class AggregateRecords {

    private AggregateRecords() {}

    static Record<String, Aggregate> of(WindowSpec window, String groupKey, long windowStart, WindowAccumulator value,
            Headers headers) {
        int bar = groupKey.indexOf('|');
        Aggregate a = value.toAggregate(groupKey.substring(0, bar), groupKey.substring(bar + 1), window, windowStart);
        return new Record<>(RollingAggregator.aggregateKey(a), a, a.lastSeen().toEpochMilli(), headers);
    }
}
