package org.newsagg.sink.aggregate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.newsagg.model.Aggregate;

/**
 * Rolls contributions into every configured window that contains them and emits the aggregates, keyed
 * {@code dimension|key|window|windowStart}.
 *
 * <p>Two emit policies: {@link EmitPolicy#UPDATE} emits the window's new value on every contribution (live
 * dashboards); {@link EmitPolicy#CLOSE} emits each window once, when stream time passes its end plus the grace
 * period (batch consumers). Contributions reach this processor only after the lateness gate accepted their article,
 * so none is dropped here: one that lands in a window already emitted as closed re-emits it, corrected.
 */
public final class RollingAggregator implements Processor<String, Contribution, String, Aggregate> {

    public enum EmitPolicy { UPDATE, CLOSE }

    private static final Integer MARK = 1;

    private final List<WindowSpec> windows;
    private final Duration grace;
    private final EmitPolicy policy;
    private ProcessorContext<String, Aggregate> context;
    private WindowStore<String, WindowAccumulator> aggregates;
    private WindowStore<String, Integer> distinct;
    private KeyValueStore<String, Long> emitted;

    public RollingAggregator(List<WindowSpec> windows, Duration grace, EmitPolicy policy) {
        this.windows = windows;
        this.grace = grace;
        this.policy = policy;
    }

    @Override
    public void init(ProcessorContext<String, Aggregate> context) {
        this.context = context;
        this.aggregates = context.getStateStore(AggregateStores.AGGREGATES);
        this.distinct = context.getStateStore(AggregateStores.DISTINCT);
        this.emitted = context.getStateStore(AggregateStores.EMITTED);
        if (policy == EmitPolicy.CLOSE) {
            context.schedule(Duration.ofMinutes(1), PunctuationType.STREAM_TIME, this::emitClosed);
        }
    }

    @Override
    public void process(Record<String, Contribution> record) {
        Contribution c = record.value();
        long ts = c.published().toEpochMilli();
        for (WindowSpec w : windows) {
            String windowKey = c.groupKey() + "|" + w.name();
            for (long start : w.windowStartsFor(ts)) {
                boolean newStory = c.storyId() != null && mark(windowKey + "|s|" + c.storyId(), start);
                boolean newSource = c.outlet() != null && mark(windowKey + "|o|" + c.outlet(), start);
                WindowAccumulator before = aggregates.fetch(windowKey, start);
                WindowAccumulator after = (before == null ? WindowAccumulator.EMPTY : before).add(c, newStory, newSource);
                aggregates.put(windowKey, after, start);
                if (policy == EmitPolicy.UPDATE || closed(w, start)) emit(c.dimension(), c.key(), w, start, after, ts);
            }
        }
    }

    /** Marks a distinct value in a window; true when it was not marked before. */
    private boolean mark(String key, long windowStart) {
        if (distinct.fetch(key, windowStart) != null) return false;
        distinct.put(key, MARK, windowStart);
        return true;
    }

    private boolean closed(WindowSpec w, long start) {
        Long last = emitted.get(w.name());
        return last != null && start <= last;
    }

    private void emitClosed(long streamTime) {
        for (WindowSpec w : windows) {
            long newestClosedStart = streamTime - grace.toMillis() - w.size().toMillis();
            Long last = emitted.get(w.name());
            long from = last == null ? 0L : last + 1;
            if (newestClosedStart < from) continue;
            List<KeyValue<Windowed<String>, WindowAccumulator>> closing = new ArrayList<>();
            try (KeyValueIterator<Windowed<String>, WindowAccumulator> it = aggregates.fetchAll(from, newestClosedStart)) {
                it.forEachRemaining(kv -> {
                    if (kv.key.key().endsWith("|" + w.name())) closing.add(kv);
                });
            }
            for (var kv : closing) {
                String windowKey = kv.key.key();
                String groupKey = windowKey.substring(0, windowKey.length() - w.name().length() - 1);
                int bar = groupKey.indexOf('|');
                emit(groupKey.substring(0, bar), groupKey.substring(bar + 1), w, kv.key.window().start(), kv.value,
                        streamTime);
            }
            emitted.put(w.name(), newestClosedStart);
        }
    }

    private void emit(String dimension, String key, WindowSpec w, long start, WindowAccumulator acc, long timestamp) {
        Aggregate a = acc.toAggregate(dimension, key, w, start);
        context.forward(new Record<>(aggregateKey(a), a, timestamp));
    }

    /** The aggregates topic's key: compaction keeps the newest value of each window. */
    public static String aggregateKey(Aggregate a) {
        return a.dimension() + "|" + a.key() + "|" + a.window() + "|" + a.windowStart();
    }
}
