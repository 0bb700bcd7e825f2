package org.newsagg.sink.aggregate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedWindowStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Opens the windows of the hopping families ({@code 24h/1h}): when stream time enters a new bucket (hour), the
 * window that ends with that bucket becomes the current one, and this writes its value so far into the family's
 * store, computed once from the buckets it spans (the tumbling family of the advance's size) and the distinct
 * marks. From then on the window aggregator adds each contribution to it like to any window.
 *
 * <p>Why: an article falls in 24 windows of 24 hours, and adding it to each of them cost the sink three quarters
 * of its capacity (docs/benchmarks.md). Only windows whose last bucket stream time has reached are published and
 * updated now; a window that would end after the current hour is not a "last 24 hours" of anything yet. Each
 * contribution reaches a window exactly once: if it was processed before the window opened, it is in the buckets
 * its seed is computed from; if after, the aggregator adds it. The windows' values are the same as adding every
 * contribution to every window ({@code AggregateTopologyTest}), in any arrival order.
 *
 * <p>The newest opened bucket of each family is kept in {@link AggregateStores#HOPPING_OPENED}, changelogged, so a
 * restarted task neither opens a window twice nor misses one. This processor runs after the aggregator for the same
 * record, so a record that moves stream time into a new hour is in the seed, not added on top of it.
 */
final class HoppingRollOver extends ContextualProcessor<String, ContributionBatch, Void, Void> {

    /** A hopping family and the tumbling family of its advance, whose windows are its buckets. */
    record Family(WindowSpec hopping, WindowSpec buckets) {}

    private final List<Family> families;
    private final Duration markGrain;
    private final List<TimestampedWindowStore<String, WindowAccumulator>> bucketStores = new ArrayList<>();
    private final List<TimestampedWindowStore<String, WindowAccumulator>> hoppingStores = new ArrayList<>();
    private WindowStore<String, Integer> marks;
    private KeyValueStore<String, Long> opened;

    HoppingRollOver(List<Family> families, Duration markGrain) {
        this.families = families;
        this.markGrain = markGrain;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        super.init(context);
        // Kafka Streams calls init again on the same instance when it revives a task (after its state was found
        // corrupted): start from the stores, never from what an earlier life of the task held.
        bucketStores.clear();
        hoppingStores.clear();
        for (Family f : families) {
            bucketStores.add(context.getStateStore(AggregateStores.aggregates(f.buckets())));
            hoppingStores.add(context.getStateStore(AggregateStores.aggregates(f.hopping())));
        }
        marks = context.getStateStore(AggregateStores.DISTINCT);
        opened = context.getStateStore(AggregateStores.HOPPING_OPENED);
    }

    @Override
    public void process(Record<String, ContributionBatch> record) {
        long streamTime = context().currentStreamTimeMs();
        for (int i = 0; i < families.size(); i++) rollOver(i, streamTime);
    }

    private void rollOver(int i, long streamTime) {
        WindowSpec w = families.get(i).hopping();
        long advance = w.advance().toMillis();
        long span = w.size().toMillis() - advance; // from a window's first bucket to its last
        long target = streamTime - Math.floorMod(streamTime, advance);
        Long last = opened.get(w.name()); // a cached store: a memory read, except for the first record of a task
        if (last != null && target <= last) return;

        // The windows ending with each bucket since the last one opened. After a gap in the news (stream time jumping
        // by more than a window), those in the gap's middle can hold nothing and are skipped.
        TreeSet<Long> lastBuckets = new TreeSet<>();
        if (last != null) {
            for (long b = last + advance; b <= Math.min(target, last + span); b += advance) lastBuckets.add(b);
        }
        for (long b = last == null ? target - span : Math.max(last + advance, target - span); b <= target; b += advance) {
            lastBuckets.add(b);
        }
        for (long b : lastBuckets) open(i, b - span);
        opened.put(w.name(), target);
    }

    /** Writes the value so far of every key's window starting at {@code start}. */
    private void open(int i, long start) {
        Map<String, WindowAccumulator> values = HoppingWindowValues.read(bucketStores.get(i), ValueAndTimestamp::value,
                marks, markGrain, families.get(i).hopping(), null, null, start);
        values.forEach((groupKey, value) -> hoppingStores.get(i).put(groupKey, ValueAndTimestamp.make(value, start), start));
    }
}
