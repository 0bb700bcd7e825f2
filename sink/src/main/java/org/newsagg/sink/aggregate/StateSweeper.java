package org.newsagg.sink.aggregate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.TimestampedWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.state.WindowStore;
import org.newsagg.model.Aggregate;

/**
 * Deletes window state no on-time article can need any more: every window (of every family, hidden buckets
 * included) that ended the retention or more before the slowest input of every join task
 * ({@link InputWatermarks#safeSlowest()}), and the distinct marks older than the largest window before that. It sweeps
 * each time that watermark has moved an eighth of the retention (at most a day), and records how far, for
 * {@link ExpiryGuard}. A copy still to come is on time, so its original is at most the copy grace older than its
 * watermark, which is at least that bound: its windows are still here (the retention exceeds the copy grace plus the
 * largest window).
 *
 * <p>Why not leave it to the stores: a window store drops its old segments, and a windowed aggregation its late
 * records, by the newest time the task has seen, and in a catch-up or a replay the by-key task sees the newest
 * articles of whichever tagged partition ran ahead. On-time articles of the other partitions, days behind, then
 * found their windows gone, and counted nowhere (issue 18). The stores' own retention is now no limit
 * ({@link AggregateStores#STORE_RETENTION}): this is what bounds their memory.
 *
 * <p>Each deleted window of a published family is published once more, with its final value, and the deletion
 * itself is not (the cache flushes it as a null, which {@link WindowChangesAtCommit} skips): the record cache may
 * still hold the window's last change, unpublished, when the sweep replaces it with the deletion (the first sweep
 * after every input has been heard from can reach windows changed a moment ago), and with emit-on-close the
 * window may not have closed yet. The aggregates topic so keeps each window's final value.
 */
final class StateSweeper extends ContextualProcessor<String, CheckedBatch, String, Aggregate> {

    private final List<WindowSpec> families;
    private final List<WindowSpec> published;
    private final int expectedOrigins;
    private final long retention;
    private final long step;
    private final long largest;
    private final List<TimestampedWindowStore<String, WindowAccumulator>> stores = new ArrayList<>();
    private WindowStore<String, Integer> marks;
    private InputWatermarks watermarks;

    /**
     * @param families  every family the aggregator feeds, hidden buckets included: all are swept
     * @param published the configured families: their deleted windows are published once more
     */
    StateSweeper(List<WindowSpec> families, List<WindowSpec> published, int expectedOrigins, Duration retention) {
        this.families = families;
        this.published = published;
        this.expectedOrigins = expectedOrigins;
        this.retention = retention.toMillis();
        this.step = Math.min(Duration.ofDays(1).toMillis(), this.retention / 8);
        this.largest = families.stream().mapToLong(w -> w.size().toMillis()).max().orElseThrow();
    }

    @Override
    public void init(ProcessorContext<String, Aggregate> context) {
        super.init(context);
        stores.clear(); // init runs again on the same instance when Kafka Streams revives a task
        for (WindowSpec w : families) stores.add(context.getStateStore(AggregateStores.aggregates(w)));
        marks = context.getStateStore(AggregateStores.DISTINCT);
        watermarks = new InputWatermarks(context.getStateStore(AggregateStores.INPUT_WATERMARKS), expectedOrigins);
    }

    @Override
    public void process(Record<String, CheckedBatch> record) {
        long safe = watermarks.safeSlowest();
        if (safe == Long.MIN_VALUE) return;
        long cutoff = safe - retention;
        long swept = watermarks.sweptTo();
        if (swept != Long.MIN_VALUE && cutoff < swept + step) return;
        long from = swept == Long.MIN_VALUE ? 0L : swept;
        for (int i = 0; i < families.size(); i++) {
            long size = families.get(i).size().toMillis();
            deleteWindows(families.get(i), stores.get(i), Math.max(0L, from - size), cutoff - size);
        }
        deleteMarks(Math.max(0L, from - largest), cutoff - largest - 1);
        watermarks.sweptTo(cutoff);
    }

    /** Deletes every window starting from {@code from} to {@code to} (both included). */
    private void deleteWindows(WindowSpec w, TimestampedWindowStore<String, WindowAccumulator> store, long from,
            long to) {
        if (to < from) return;
        List<KeyValue<Windowed<String>, ValueAndTimestamp<WindowAccumulator>>> old = new ArrayList<>();
        try (KeyValueIterator<Windowed<String>, ValueAndTimestamp<WindowAccumulator>> it = store.fetchAll(from, to)) {
            it.forEachRemaining(old::add);
        }
        boolean publish = published.contains(w);
        for (var kv : old) {
            store.put(kv.key.key(), null, kv.key.window().start());
            if (!publish) continue;
            String groupKey = kv.key.key();
            int bar = groupKey.indexOf('|');
            Aggregate a = kv.value.value().toAggregate(groupKey.substring(0, bar), groupKey.substring(bar + 1), w,
                    kv.key.window().start());
            context().forward(new Record<>(RollingAggregator.aggregateKey(a), a, a.lastSeen().toEpochMilli()));
        }
    }

    private void deleteMarks(long from, long to) {
        if (to < from) return;
        List<Windowed<String>> old = new ArrayList<>();
        try (KeyValueIterator<Windowed<String>, Integer> it = marks.fetchAll(from, to)) {
            it.forEachRemaining(kv -> old.add(kv.key));
        }
        for (Windowed<String> k : old) marks.put(k.key(), null, k.window().start());
    }
}
