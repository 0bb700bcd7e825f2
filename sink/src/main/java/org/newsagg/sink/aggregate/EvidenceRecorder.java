package org.newsagg.sink.aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
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
import org.newsagg.model.JsonSerde;
import org.newsagg.runtime.EventTimeChangelog;
import org.newsagg.runtime.StoreKind;
import org.newsagg.sink.SinkConfig;
import org.newsagg.sink.evidence.EvidenceArticle;
import org.newsagg.sink.evidence.EvidenceEntries;

/**
 * Keeps the articles behind every count, so that a count can be checked: per key and grain of time (the distinct
 * marks' grain, 15 minutes by default), the newest {@link EvidenceEntries#LIMIT} articles with headline, outlet,
 * time, link, and for event and dyad keys the sentences and trigger words that produced the tag, one entry each
 * ({@link EvidenceEntries}), with a count per key and grain. Read by the API's {@code /api/evidence}.
 *
 * <p>It runs in the by-key tasks beside the aggregations, on the same contributions and partitioning (a key's
 * evidence lives where its windows live), after {@link ExpiryGuard} for the same record: what the guard dead-letters
 * as expired is not kept here either. Copies are not listed: the bar counts articles, and a copy is spread. The stores
 * are changelogged, so the lists survive a restart or a move of the task exactly. They are deleted as the window
 * state is: {@link StateSweeper} deletes windows that ended before the swept point, so a grain is deleted here once
 * every window that can contain it has (the largest window before that point), by the same input watermarks, never
 * by the task's own stream time, which runs ahead in a catch-up (issue 18).
 */
public final class EvidenceRecorder implements Processor<String, ContributionBatch, Void, Void> {

    /** An entry per key, grain and article ({@link EvidenceEntries#entryKey}) at the grain's start → the article. */
    public static final String STORE = "aggregate-evidence";
    /** {@code dimension|key} at the grain's start → how many articles {@link #STORE} keeps for it there. */
    public static final String COUNTS = "aggregate-evidence-counts";

    private final long grain;
    private final long largest;
    private final int expectedOrigins;
    private WindowStore<String, EvidenceArticle> store;
    private WindowStore<String, Integer> counts;
    private InputWatermarks watermarks;
    /** The dimensions whose keys keep their articles: each costs a changelog record per article and key. */
    private final List<String> dimensions;
    /** How far this processor has deleted, in this process: after a restart the first sweep starts from the start. */
    private long sweptTo = Long.MIN_VALUE;

    EvidenceRecorder(List<WindowSpec> windows, int expectedOrigins, List<String> dimensions) {
        this.dimensions = List.copyOf(dimensions);
        this.grain = DistinctMarks.grain(windows).toMillis();
        this.largest = windows.stream().mapToLong(w -> w.size().toMillis()).max().orElseThrow();
        this.expectedOrigins = expectedOrigins;
    }

    /** The stores and their processor, on the aggregator's contributions (keyed {@code dimension|key}). */
    public static void attach(StreamsBuilder builder, KStream<String, ContributionBatch> contributions, SinkConfig config,
            StoreKind stores) {
        Duration grain = grain(config.windows());
        // The entries are not cached: each is written once (and maybe deleted once), so a cache would combine
        // nothing and only take room in the record cache from the window stores, whose changes it does combine.
        builder.addStateStore(storeBuilder(STORE, grain, new JsonSerde<>(EvidenceArticle.class), stores).withCachingDisabled());
        builder.addStateStore(storeBuilder(COUNTS, grain, Serdes.Integer(), stores));
        contributions.process(() -> new EvidenceRecorder(config.windows(), config.taggedPartitions(),
                        config.evidenceDimensions()),
                Named.as("evidence"), STORE, COUNTS, AggregateStores.INPUT_WATERMARKS);
    }

    /** The grain evidence is kept in: every window of every family is a whole number of them. */
    public static Duration grain(List<WindowSpec> windows) {
        return DistinctMarks.grain(windows);
    }

    static <V> StoreBuilder<WindowStore<String, V>> storeBuilder(String name, Duration grain, Serde<V> values,
            StoreKind kind) {
        // Cached: a busy key's count is read and rewritten by every article, and reaches the changelog once per
        // commit. The stores' own retention is no limit, as for the window stores: process() deletes them.
        return Stores.windowStoreBuilder(
                        kind.window(name, AggregateStores.STORE_RETENTION, grain, false),
                        Serdes.String(), values)
                .withCachingEnabled()
                .withLoggingEnabled(EventTimeChangelog.CONFIG);
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(STORE);
        counts = context.getStateStore(COUNTS);
        watermarks = new InputWatermarks(context.getStateStore(AggregateStores.INPUT_WATERMARKS), expectedOrigins);
    }

    @Override
    public void process(Record<String, ContributionBatch> record) {
        long swept = watermarks.sweptTo();
        sweep(swept);
        for (Contribution c : record.value().contributions()) keep(c, swept);
    }

    private void keep(Contribution c, long swept) {
        // The guard's rule: a contribution older than the swept point went to the dead-letter topic, not the counts.
        if (c.copy() || c.published().toEpochMilli() < swept || !dimensions.contains(c.dimension())) return;
        long published = c.published().toEpochMilli();
        long start = published - Math.floorMod(published, grain);
        EvidenceArticle article = new EvidenceArticle(c.articleId(), c.title(), c.url(), c.outlet(), c.published(),
                c.evidence());
        String groupKey = c.groupKey();
        String entry = EvidenceEntries.entryKey(groupKey, article);
        boolean known = store.fetch(entry, start) != null;
        store.put(entry, article, start);
        if (known) return; // the same article again: replaced, not added
        Integer kept = counts.fetch(groupKey, start);
        if (kept == null || kept < EvidenceEntries.LIMIT) {
            counts.put(groupKey, kept == null ? 1 : kept + 1, start);
            return;
        }
        // A full grain: its oldest entry goes (the one just added, when it is older than all the others).
        String oldest = null;
        try (KeyValueIterator<Windowed<String>, EvidenceArticle> it = store.backwardFetch(
                EvidenceEntries.from(groupKey), EvidenceEntries.to(groupKey), Instant.ofEpochMilli(start),
                Instant.ofEpochMilli(start))) {
            // The key alone: next() would parse the entry's JSON only to drop it (3% of the catch-up's thread).
            if (it.hasNext()) oldest = it.peekNextKey().key();
        }
        if (oldest != null) store.put(oldest, null, start);
    }

    /** Deletes the grains no window still kept can contain: those ending before the swept point less the largest window. */
    private void sweep(long swept) {
        if (swept == Long.MIN_VALUE || swept <= sweptTo) return;
        long to = swept - largest - grain;
        long from = sweptTo == Long.MIN_VALUE ? 0L : Math.max(0L, sweptTo - largest - grain + 1);
        sweptTo = swept;
        if (to < from) return;
        delete(store, from, to);
        delete(counts, from, to);
    }

    private static <V> void delete(WindowStore<String, V> s, long from, long to) {
        List<Windowed<String>> old = new ArrayList<>();
        try (KeyValueIterator<Windowed<String>, V> it = s.fetchAll(from, to)) {
            it.forEachRemaining(kv -> old.add(kv.key));
        }
        for (Windowed<String> k : old) s.put(k.key(), null, k.window().start());
    }
}
