package org.newsagg.sink.aggregate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.newsagg.model.Aggregate;

/**
 * Emit-on-close: publishes each window once, when the safe watermark ({@link InputWatermarks}: the slowest input's
 * dedupe watermark, not the task's stream time, which runs ahead with whichever partition is fastest) passes its end
 * plus the grace period (checked each minute of stream time), from the families' aggregate stores. Updates of open
 * windows are held back; an update of a window already published as closed (a syndicated copy, which may come up to
 * the copy grace after its original) is published at once, corrected: it is never dropped.
 */
final class ClosedWindowEmitter extends ContextualProcessor<String, Aggregate, String, Aggregate> {

    private static final long MINUTE = Duration.ofMinutes(1).toMillis();

    private final List<WindowSpec> windows;
    private final Duration grace;
    private final List<TimestampedWindowStore<String, WindowAccumulator>> stores = new ArrayList<>();
    private final int expectedOrigins;
    private KeyValueStore<String, Long> emitted;
    private InputWatermarks watermarks;
    /** The safe watermark of the last check; not state: after a restart the first record checks again. */
    private long checkedAt = Long.MIN_VALUE + MINUTE;

    ClosedWindowEmitter(List<WindowSpec> windows, Duration grace, int expectedOrigins) {
        this.windows = windows;
        this.grace = grace;
        this.expectedOrigins = expectedOrigins;
    }

    @Override
    public void init(ProcessorContext<String, Aggregate> context) {
        super.init(context);
        stores.clear(); // init runs again on the same instance when Kafka Streams revives a task
        checkedAt = Long.MIN_VALUE + MINUTE;
        for (WindowSpec w : windows) stores.add(context.getStateStore(AggregateStores.aggregates(w)));
        emitted = context.getStateStore(AggregateStores.EMITTED);
        watermarks = new InputWatermarks(context.getStateStore(AggregateStores.INPUT_WATERMARKS), expectedOrigins);
        context.schedule(Duration.ofMinutes(1), PunctuationType.STREAM_TIME, this::emitClosed);
    }

    @Override
    public void process(Record<String, Aggregate> record) {
        // The safe watermark moves with the contributions, after the task's stream time did: check here too, so a
        // window closes with the record that moved it, not a minute of stream time later.
        emitClosed(context().currentStreamTimeMs());
        Long last = emitted.get(record.value().window());
        if (last != null && record.value().windowStart().toEpochMilli() <= last) context().forward(record);
    }

    private void emitClosed(long streamTime) {
        long safe = watermarks.safe();
        // Windows close on whole minutes at the finest: nothing new can close until the watermark moved one.
        if (safe == Long.MIN_VALUE || safe < checkedAt + MINUTE) return;
        checkedAt = safe;
        for (int i = 0; i < windows.size(); i++) {
            WindowSpec w = windows.get(i);
            long newestClosedStart = safe - grace.toMillis() - w.size().toMillis();
            Long last = emitted.get(w.name());
            long from = last == null ? 0L : last + 1;
            if (newestClosedStart < from) continue;
            List<KeyValue<Windowed<String>, ValueAndTimestamp<WindowAccumulator>>> closing = new ArrayList<>();
            try (KeyValueIterator<Windowed<String>, ValueAndTimestamp<WindowAccumulator>> it =
                    stores.get(i).fetchAll(from, newestClosedStart)) {
                it.forEachRemaining(closing::add);
            }
            for (var kv : closing) {
                String groupKey = kv.key.key();
                int bar = groupKey.indexOf('|');
                Aggregate a = kv.value.value().toAggregate(groupKey.substring(0, bar), groupKey.substring(bar + 1), w,
                        kv.key.window().start());
                context().forward(new Record<>(RollingAggregator.aggregateKey(a), a, streamTime));
            }
            emitted.put(w.name(), newestClosedStart);
        }
    }
}
