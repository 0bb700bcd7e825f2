package org.newsagg.sink.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.newsagg.model.Aggregate;

/**
 * Adds each contribution of a batch to every window of every family that contains its publication time, in the
 * families' stores, and tells each window whether the story and the outlet are new there (from the distinct marks).
 * A hopping family's window gets contributions only once it is open: until stream time reaches its last bucket,
 * its contributions wait in the buckets that {@link HoppingRollOver} opens it from.
 *
 * <p>This is what the window assigner and one Kafka Streams windowed aggregation per family did, on the same stores
 * (names, formats, changelogs): a window's value is read, the contribution added ({@link WindowAccumulator#add}),
 * and written back, stamped with the window's start. It takes a batch of an article's contributions in one record
 * ({@link ContributionBatch}); a key-changing step in front of the DSL's aggregations would have forced another
 * repartition. With {@code emit=update} the stores are cached and {@link WindowChangesAtCommit} publishes each
 * changed window once per commit; without the cache ({@code emit=close}) each change is forwarded as it is made, for
 * {@link ClosedWindowEmitter}.
 */
final class WindowAggregator implements Processor<String, ContributionBatch, String, Aggregate> {

    static final String STORY = "s";
    static final String OUTLET = "o";

    private final List<WindowSpec> windows;
    private final List<WindowSpec> published;
    private ProcessorContext<String, Aggregate> context;
    private DistinctMarks marks;
    private KeyValueStore<String, Long> hoppingOpened;
    private final List<TimestampedWindowStore<String, WindowAccumulator>> stores = new ArrayList<>();
    /** Per family: forward each change here (a published family whose store has no cache). */
    private boolean[] forwardEach;

    /**
     * @param windows   every family fed, hidden buckets included
     * @param published the configured families: their windows are published
     */
    WindowAggregator(List<WindowSpec> windows, List<WindowSpec> published) {
        this.windows = windows;
        this.published = published;
    }

    @Override
    public void init(ProcessorContext<String, Aggregate> context) {
        this.context = context;
        this.marks = new DistinctMarks(windows, context.getStateStore(AggregateStores.DISTINCT));
        if (windows.stream().anyMatch(WindowSpec::hopping)) {
            this.hoppingOpened = context.getStateStore(AggregateStores.HOPPING_OPENED);
        }
        stores.clear(); // init runs again on the same instance when Kafka Streams revives a task
        forwardEach = new boolean[windows.size()];
        for (int i = 0; i < windows.size(); i++) {
            WindowSpec w = windows.get(i);
            TimestampedWindowStore<String, WindowAccumulator> store = context.getStateStore(AggregateStores.aggregates(w));
            stores.add(store);
            if (published.contains(w)) forwardEach[i] = !WindowChangesAtCommit.attach(context, store, w);
        }
    }

    @Override
    public void process(Record<String, ContributionBatch> record) {
        // Which windows are open changes only in the roll-over, after this record: read once, not per contribution.
        long[] newestOpen = new long[windows.size()];
        for (int f = 0; f < windows.size(); f++) newestOpen[f] = newestOpenStart(windows.get(f));
        for (Contribution c : record.value().contributions()) add(record, c, newestOpen);
    }

    private void add(Record<String, ContributionBatch> record, Contribution c, long[] newestOpen) {
        long ts = c.published().toEpochMilli();
        String groupKey = c.groupKey();
        Map<WindowSpec, boolean[]> newStory = marks.mark(groupKey, STORY, c.storyId(), ts);
        Map<WindowSpec, boolean[]> newSource = marks.mark(groupKey, OUTLET, c.outlet(), ts);
        for (int f = 0; f < windows.size(); f++) {
            WindowSpec w = windows.get(f);
            TimestampedWindowStore<String, WindowAccumulator> store = stores.get(f);
            List<Long> starts = w.windowStartsFor(ts);
            boolean[] story = newStory.get(w);
            boolean[] source = newSource.get(w);
            for (int i = 0; i < starts.size(); i++) {
                long start = starts.get(i);
                if (start > newestOpen[f]) break; // oldest first
                ValueAndTimestamp<WindowAccumulator> old = store.fetch(groupKey, start);
                WindowAccumulator value = (old == null ? WindowAccumulator.EMPTY : old.value())
                        .add(c, story[i], source[i]);
                store.put(groupKey, ValueAndTimestamp.make(value, start), start);
                if (forwardEach[f]) context.forward(AggregateRecords.of(w, groupKey, start, value, record.headers()));
            }
        }
    }

    /** The start of the newest window of {@code w} that takes contributions: any, for a tumbling family. */
    private long newestOpenStart(WindowSpec w) {
        if (!w.hopping()) return Long.MAX_VALUE;
        Long lastBucket = hoppingOpened.get(w.name());
        return lastBucket == null ? Long.MIN_VALUE : lastBucket - (w.size().toMillis() - w.advance().toMillis());
    }
}
