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
 * Emit-on-close: publishes each window once, when stream time passes its end plus the grace period (checked each
 * minute of stream time), from the families' aggregate stores. Updates of open windows are held back; an update of
 * a window already published as closed is published at once, corrected: the lateness gate accepted its article, so
 * it is never dropped.
 */
final class ClosedWindowEmitter extends ContextualProcessor<String, Aggregate, String, Aggregate> {

    private final List<WindowSpec> windows;
    private final Duration grace;
    private final List<TimestampedWindowStore<String, WindowAccumulator>> stores = new ArrayList<>();
    private KeyValueStore<String, Long> emitted;

    ClosedWindowEmitter(List<WindowSpec> windows, Duration grace) {
        this.windows = windows;
        this.grace = grace;
    }

    @Override
    public void init(ProcessorContext<String, Aggregate> context) {
        super.init(context);
        stores.clear(); // init runs again on the same instance when Kafka Streams revives a task
        for (WindowSpec w : windows) stores.add(context.getStateStore(AggregateStores.aggregates(w)));
        emitted = context.getStateStore(AggregateStores.EMITTED);
        context.schedule(Duration.ofMinutes(1), PunctuationType.STREAM_TIME, this::emitClosed);
    }

    @Override
    public void process(Record<String, Aggregate> record) {
        Long last = emitted.get(record.value().window());
        if (last != null && record.value().windowStart().toEpochMilli() <= last) context().forward(record);
    }

    private void emitClosed(long streamTime) {
        for (int i = 0; i < windows.size(); i++) {
            WindowSpec w = windows.get(i);
            long newestClosedStart = streamTime - grace.toMillis() - w.size().toMillis();
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
