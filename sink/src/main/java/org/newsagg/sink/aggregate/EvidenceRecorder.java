package org.newsagg.sink.aggregate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.newsagg.model.JsonSerde;
import org.newsagg.runtime.EventTimeChangelog;
import org.newsagg.sink.SinkConfig;
import org.newsagg.sink.evidence.EvidenceArticle;
import org.newsagg.sink.evidence.EvidenceBucket;

/**
 * Keeps the articles behind every count, so that a count can be checked: per key and grain of time (the distinct
 * marks' grain, 15 minutes by default), the newest {@link EvidenceBucket#LIMIT} articles with headline, outlet,
 * time, link, and for event and dyad keys the sentences and trigger words that produced the tag. Read by the API's
 * {@code /api/evidence}.
 *
 * <p>It runs in the by-key tasks beside the aggregations, on the same contributions and partitioning (a key's
 * evidence lives where its windows live), after {@link ExpiryGuard} for the same record: what the guard dead-letters
 * as expired is not kept here either. Copies are not listed: the bar counts articles, and a copy is spread. The store
 * is changelogged, so the lists survive a restart or a move of the task exactly. It is deleted as the window state
 * is: {@link StateSweeper} deletes windows that ended before the swept point, so a grain is deleted here once every
 * window that can contain it has (the largest window before that point), by the same input watermarks, never by the
 * task's own stream time, which runs ahead in a catch-up (issue 18).
 */
public final class EvidenceRecorder implements Processor<String, Contribution, Void, Void> {

    /** {@code dimension|key} at the grain's start → {@link EvidenceBucket}. */
    public static final String STORE = "aggregate-evidence";

    private final long grain;
    private final long largest;
    private final int expectedOrigins;
    private WindowStore<String, EvidenceBucket> store;
    private InputWatermarks watermarks;
    /** How far this processor has deleted, in this process: after a restart the first sweep starts from the start. */
    private long sweptTo = Long.MIN_VALUE;

    EvidenceRecorder(List<WindowSpec> windows, int expectedOrigins) {
        this.grain = DistinctMarks.grain(windows).toMillis();
        this.largest = windows.stream().mapToLong(w -> w.size().toMillis()).max().orElseThrow();
        this.expectedOrigins = expectedOrigins;
    }

    /** The store and its processor, on the aggregator's contributions (keyed {@code dimension|key}). */
    public static void attach(StreamsBuilder builder, KStream<String, Contribution> contributions, SinkConfig config) {
        builder.addStateStore(storeBuilder(grain(config.windows())));
        contributions.process(() -> new EvidenceRecorder(config.windows(), config.taggedPartitions()),
                Named.as("evidence"), STORE, AggregateStores.INPUT_WATERMARKS);
    }

    /** The grain evidence is kept in: every window of every family is a whole number of them. */
    public static Duration grain(List<WindowSpec> windows) {
        return DistinctMarks.grain(windows);
    }

    static StoreBuilder<WindowStore<String, EvidenceBucket>> storeBuilder(Duration grain) {
        // Cached: a busy key's bucket is read and rewritten by every article, and reaches the changelog once per
        // commit. Its own retention is no limit, as for the window stores: process() deletes it.
        return Stores.windowStoreBuilder(
                        Stores.persistentWindowStore(STORE, AggregateStores.STORE_RETENTION, grain, false),
                        Serdes.String(), new JsonSerde<>(EvidenceBucket.class))
                .withCachingEnabled()
                .withLoggingEnabled(EventTimeChangelog.CONFIG);
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(STORE);
        watermarks = new InputWatermarks(context.getStateStore(AggregateStores.INPUT_WATERMARKS), expectedOrigins);
    }

    @Override
    public void process(Record<String, Contribution> record) {
        Contribution c = record.value();
        long swept = watermarks.sweptTo();
        sweep(swept);
        // The guard's rule: a contribution older than the swept point went to the dead-letter topic, not the counts.
        if (c.copy() || c.published().toEpochMilli() < swept) return;
        long published = c.published().toEpochMilli();
        long start = published - Math.floorMod(published, grain);
        EvidenceBucket bucket = null;
        try (WindowStoreIterator<EvidenceBucket> it = store.fetch(record.key(), start, start)) {
            if (it.hasNext()) bucket = it.next().value;
        }
        if (bucket == null) bucket = new EvidenceBucket(List.of());
        store.put(record.key(), bucket.with(new EvidenceArticle(c.articleId(), c.title(), c.url(), c.outlet(),
                c.published(), c.evidence())), start);
    }

    /** Deletes the grains no window still kept can contain: those ending before the swept point less the largest window. */
    private void sweep(long swept) {
        if (swept == Long.MIN_VALUE || swept <= sweptTo) return;
        long to = swept - largest - grain;
        long from = sweptTo == Long.MIN_VALUE ? 0L : Math.max(0L, sweptTo - largest - grain + 1);
        sweptTo = swept;
        if (to < from) return;
        List<Windowed<String>> old = new ArrayList<>();
        try (KeyValueIterator<Windowed<String>, EvidenceBucket> it = store.fetchAll(from, to)) {
            it.forEachRemaining(kv -> old.add(kv.key));
        }
        for (Windowed<String> k : old) store.put(k.key(), null, k.window().start());
    }
}
