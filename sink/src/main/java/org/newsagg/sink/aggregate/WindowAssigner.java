package org.newsagg.sink.aggregate;

import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Fans a contribution out to every window of every family that contains its publication time, one record per
 * window, timestamped with the window's start, and tells each whether the story and the outlet are new there.
 * The key stays {@code dimension|key}, so the windowed aggregations that follow need no repartition.
 */
final class WindowAssigner implements FixedKeyProcessor<String, Contribution, WindowContribution> {

    static final String STORY = "s";
    static final String OUTLET = "o";

    private final List<WindowSpec> windows;
    private FixedKeyProcessorContext<String, WindowContribution> context;
    private DistinctMarks marks;

    WindowAssigner(List<WindowSpec> windows) {
        this.windows = windows;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, WindowContribution> context) {
        this.context = context;
        this.marks = new DistinctMarks(windows, context.getStateStore(AggregateStores.DISTINCT));
    }

    @Override
    public void process(FixedKeyRecord<String, Contribution> record) {
        Contribution c = record.value();
        long ts = c.published().toEpochMilli();
        Map<WindowSpec, boolean[]> newStory = marks.mark(c.groupKey(), STORY, c.storyId(), ts);
        Map<WindowSpec, boolean[]> newSource = marks.mark(c.groupKey(), OUTLET, c.outlet(), ts);
        for (WindowSpec w : windows) {
            List<Long> starts = w.windowStartsFor(ts);
            for (int i = 0; i < starts.size(); i++) {
                context.forward(record.withValue(new WindowContribution(w.name(), c, newStory.get(w)[i],
                        newSource.get(w)[i])).withTimestamp(starts.get(i)));
            }
        }
    }
}
