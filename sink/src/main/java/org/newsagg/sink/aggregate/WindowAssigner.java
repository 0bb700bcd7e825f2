package org.newsagg.sink.aggregate;

import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Fans a contribution out to every window of every family that contains its publication time, one record per
 * window, timestamped with the window's start, and tells each whether the story and the outlet are new there.
 * The key stays {@code dimension|key}, so the windowed aggregations that follow need no repartition. A hopping
 * family's window gets contributions only once it is open: until stream time reaches its last bucket, its
 * contributions wait in the buckets that {@link HoppingRollOver} opens it from.
 */
final class WindowAssigner implements FixedKeyProcessor<String, Contribution, WindowContribution> {

    static final String STORY = "s";
    static final String OUTLET = "o";

    private final List<WindowSpec> windows;
    private FixedKeyProcessorContext<String, WindowContribution> context;
    private DistinctMarks marks;
    private KeyValueStore<String, Long> hoppingOpened;

    WindowAssigner(List<WindowSpec> windows) {
        this.windows = windows;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, WindowContribution> context) {
        this.context = context;
        this.marks = new DistinctMarks(windows, context.getStateStore(AggregateStores.DISTINCT));
        if (windows.stream().anyMatch(WindowSpec::hopping)) {
            this.hoppingOpened = context.getStateStore(AggregateStores.HOPPING_OPENED);
        }
    }

    @Override
    public void process(FixedKeyRecord<String, Contribution> record) {
        Contribution c = record.value();
        long ts = c.published().toEpochMilli();
        Map<WindowSpec, boolean[]> newStory = marks.mark(c.groupKey(), STORY, c.storyId(), ts);
        Map<WindowSpec, boolean[]> newSource = marks.mark(c.groupKey(), OUTLET, c.outlet(), ts);
        for (WindowSpec w : windows) {
            List<Long> starts = w.windowStartsFor(ts);
            long newestOpen = newestOpenStart(w);
            for (int i = 0; i < starts.size(); i++) {
                if (starts.get(i) > newestOpen) break; // oldest first
                context.forward(record.withValue(new WindowContribution(w.name(), c, newStory.get(w)[i],
                        newSource.get(w)[i])).withTimestamp(starts.get(i)));
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
