package org.newsagg.sink.query;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.newsagg.runtime.StoreKind;
import org.newsagg.sink.aggregate.ContributionBatch;

/**
 * Remembers the newest publication time each aggregator task has counted, so the API can find the current window
 * of a family without scanning the aggregate store. Keyed by task, since a query reads all local tasks at once and
 * must take the maximum.
 */
public final class NewestEventTracker implements Processor<String, ContributionBatch, Void, Void> {

    /** Task id → newest publication time counted (epoch ms). */
    public static final String STORE = "aggregate-newest";

    private KeyValueStore<String, Long> newest;
    private String task;
    private long known = Long.MIN_VALUE;

    public static StoreBuilder<KeyValueStore<String, Long>> store(StoreKind kind) {
        // Written whenever the task counts a newer article, which in a catch-up is most of them: the cache keeps
        // one write per commit.
        return Stores.keyValueStoreBuilder(kind.keyValue(STORE), Serdes.String(), Serdes.Long())
                .withCachingEnabled();
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.newest = context.getStateStore(STORE);
        this.task = context.taskId().toString();
        Long stored = newest.get(task);
        if (stored != null) known = stored;
    }

    @Override
    public void process(Record<String, ContributionBatch> record) {
        long ts = record.value().published().toEpochMilli();
        if (ts > known) {
            known = ts;
            newest.put(task, ts);
        }
    }
}
