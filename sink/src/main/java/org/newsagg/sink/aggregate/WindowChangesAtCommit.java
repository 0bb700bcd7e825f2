package org.newsagg.sink.aggregate;

import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.kstream.internals.Change;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.internals.InternalProcessorContext;
import org.apache.kafka.streams.processor.internals.ProcessorNode;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.internals.CacheFlushListener;
import org.apache.kafka.streams.state.internals.CachedStateStore;
import org.newsagg.model.Aggregate;

/**
 * Publishes a family's window values when the record cache flushes them: at each commit, with the newest value of
 * every window changed since the previous one, or earlier for the oldest entries of a full cache. This is how Kafka
 * Streams' windowed aggregations publish ({@code KStreamWindowAggregate} with its {@code TimestampedCacheFlushListener}),
 * which the sink used until its aggregation moved to the Processor API, so emission keeps the same properties
 * (docs/sink.md, "How update publishes"): one record per changed window and commit, sent in the same transaction as
 * the changelog write and the input offsets, never a value held in memory past a commit.
 *
 * <p>Why Kafka Streams internals ({@link CachedStateStore#setFlushListener}, {@link InternalProcessorContext},
 * {@link ProcessorNode}, {@link Change}): the public API has no hook that runs at commit, before the offsets are
 * committed, and can forward records. A punctuator runs on its own clock, not at every commit (a commit on a
 * rebalance or a shutdown runs none), and an in-memory set of changed windows would be lost with the process after
 * its input offsets were committed. These are the classes the DSL itself uses for the same purpose; the sink's
 * tests (AggregateTopologyTest, CommitCoalescingTest) pin the behaviour if a Kafka upgrade changes them.
 */
final class WindowChangesAtCommit
        implements CacheFlushListener<Windowed<String>, ValueAndTimestamp<WindowAccumulator>> {

    private final InternalProcessorContext<String, Aggregate> context;
    private final ProcessorNode<?, ?, ?, ?> node;
    private final WindowSpec window;

    private WindowChangesAtCommit(InternalProcessorContext<String, Aggregate> context, WindowSpec window) {
        this.context = context;
        this.node = context.currentNode();
        this.window = window;
    }

    /**
     * Publishes {@code store}'s flushed windows as records of the processor whose {@code context} this is (call from
     * its {@code init}). False when the store has no cache: then the processor must forward each change itself.
     */
    @SuppressWarnings("unchecked")
    static boolean attach(ProcessorContext<String, Aggregate> context, WindowStore<String, ?> store, WindowSpec window) {
        if (!(context instanceof InternalProcessorContext<String, Aggregate> internal)) {
            throw new IllegalStateException("Kafka Streams gave the aggregator a " + context.getClass().getName()
                    + ", not its internal context: this Kafka Streams version is not the one the sink was built for");
        }
        if (!(store instanceof CachedStateStore<?, ?> cached)) return false;
        return ((CachedStateStore<Windowed<String>, ValueAndTimestamp<WindowAccumulator>>) cached)
                .setFlushListener(new WindowChangesAtCommit(internal, window), false);
    }

    @Override
    public void apply(Record<Windowed<String>, Change<ValueAndTimestamp<WindowAccumulator>>> record) {
        ValueAndTimestamp<WindowAccumulator> value = record.value().newValue;
        // A window the sweeper deleted: it published the final value itself (StateSweeper).
        if (value == null) return;
        ProcessorNode<?, ?, ?, ?> previous = context.currentNode();
        context.setCurrentNode(node);
        try {
            context.forward(AggregateRecords.of(window, record.key().key(), record.key().window().start(),
                    value.value(), record.headers()));
        } finally {
            context.setCurrentNode(previous);
        }
    }
}
