package org.newsagg.sink.aggregate;

import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;
import org.newsagg.model.Aggregate;

/**
 * Turns a family's windowed accumulator into the aggregates topic's record: key
 * {@code dimension|key|window|windowStart}, value the whole {@link Aggregate}, timestamp the newest publication time
 * counted in the window (the aggregation's own timestamp is the window start the assigner gave it).
 */
final class AggregateRecords extends ContextualProcessor<Windowed<String>, WindowAccumulator, String, Aggregate> {

    private final WindowSpec window;

    AggregateRecords(WindowSpec window) {
        this.window = window;
    }

    @Override
    public void process(Record<Windowed<String>, WindowAccumulator> record) {
        if (record.value() == null) return; // an aggregation never deletes; nothing to publish
        String groupKey = record.key().key();
        int bar = groupKey.indexOf('|');
        Aggregate a = record.value().toAggregate(groupKey.substring(0, bar), groupKey.substring(bar + 1), window,
                record.key().window().start());
        context().forward(new Record<>(RollingAggregator.aggregateKey(a), a, a.lastSeen().toEpochMilli(),
                record.headers()));
    }
}
