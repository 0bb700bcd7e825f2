package org.newsagg.sink.aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.newsagg.runtime.EventTimeChangelog;
import org.newsagg.runtime.StoreKind;
import org.newsagg.sink.SinkConfig;
import org.newsagg.sink.evidence.EventEvidence;
import org.newsagg.sink.evidence.EvidenceBody;
import org.newsagg.sink.evidence.EvidenceEntries;

/**
 * Keeps the articles behind every count, so that a count can be checked: per key and grain of time (the distinct
 * marks' grain, 15 minutes by default), the newest {@link EvidenceEntries#LIMIT} articles, listed by time and id
 * ({@link EvidenceList}, one value per key and grain), and each listed article once per task ({@link EvidenceBody}:
 * headline, outlet, time, link, and for each of its event and dyad keys the sentences and trigger words that
 * produced the tag). Read by the API's {@code /api/evidence}.
 *
 * <p>It runs in the by-key tasks beside the aggregations, on the same contributions and partitioning (a key's
 * evidence lives where its windows live), after {@link ExpiryGuard} for the same record: what the guard dead-letters
 * as expired is not kept here either. Copies are not listed: the bar counts articles, and a copy is spread. The stores
 * are changelogged, so the lists survive a restart or a move of the task exactly. They are deleted as the window
 * state is: {@link StateSweeper} deletes windows that ended before the swept point, so a grain is deleted here once
 * every window that can contain it has (the largest window before that point), by the same input watermarks, never
 * by the task's own stream time, which runs ahead in a catch-up (issue 18). An article's body goes with its grain:
 * one that newer articles have pushed out of every list stays until then.
 */
public final class EvidenceRecorder implements Processor<String, ContributionBatch, Void, Void> {

    /** {@code dimension|key} at the grain's start → its newest articles' times and ids ({@link EvidenceList}). */
    public static final String LISTS = "aggregate-evidence-lists";
    /** Article id at its publication time (epoch millis) → what the API shows of it ({@link EvidenceBody}). */
    public static final String ARTICLES = "aggregate-evidence-articles";

    private final long grain;
    private final long largest;
    private final int expectedOrigins;
    private WindowStore<String, EvidenceList> lists;
    private WindowStore<String, EvidenceBody> articles;
    private InputWatermarks watermarks;
    /** The dimensions whose keys keep their articles. */
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
        // Cached: a busy key's list is read and rewritten by every article of a commit, and reaches the changelog
        // once per commit.
        builder.addStateStore(storeBuilder(LISTS, grain, new EvidenceListSerde(), stores).withCachingEnabled());
        // Not cached: an article is written once, so a cache would combine nothing and only take room in the record
        // cache from the lists and the window stores, whose changes it does combine.
        builder.addStateStore(storeBuilder(ARTICLES, grain, new EvidenceBodySerde(), stores).withCachingDisabled());
        contributions.process(() -> new EvidenceRecorder(config.windows(), config.taggedPartitions(),
                        config.evidenceDimensions()),
                Named.as("evidence"), LISTS, ARTICLES, AggregateStores.INPUT_WATERMARKS);
    }

    /** The grain evidence is kept in: every window of every family is a whole number of them. */
    public static Duration grain(List<WindowSpec> windows) {
        return DistinctMarks.grain(windows);
    }

    static <V> StoreBuilder<WindowStore<String, V>> storeBuilder(String name, Duration grain, Serde<V> values,
            StoreKind kind) {
        // The stores' own retention is no limit, as for the window stores: process() deletes them.
        return Stores.windowStoreBuilder(
                        kind.window(name, AggregateStores.STORE_RETENTION, grain, false),
                        Serdes.String(), values)
                .withLoggingEnabled(EventTimeChangelog.CONFIG);
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        lists = context.getStateStore(LISTS);
        articles = context.getStateStore(ARTICLES);
        watermarks = new InputWatermarks(context.getStateStore(AggregateStores.INPUT_WATERMARKS), expectedOrigins);
    }

    @Override
    public void process(Record<String, ContributionBatch> record) {
        long swept = watermarks.sweptTo();
        sweep(swept);
        ContributionBatch batch = record.value();
        Contribution a = batch.first();
        long published = a.published().toEpochMilli();
        // The guard's rule: a contribution older than the swept point went to the dead-letter topic, not the counts.
        if (a.copy() || published < swept) return;
        long start = published - Math.floorMod(published, grain);
        boolean listed = false;
        boolean seen = false;
        Map<String, List<EventEvidence>> events = null;
        for (Contribution c : batch.contributions()) {
            if (!dimensions.contains(c.dimension())) continue;
            String groupKey = c.groupKey();
            if (c.evidence() != null) {
                if (events == null) events = new LinkedHashMap<>();
                events.put(groupKey, c.evidence());
            }
            EvidenceList list = lists.fetch(groupKey, start);
            if (list == null) list = EvidenceList.EMPTY;
            EvidenceList added = list.with(a.published(), a.articleId());
            if (added != list) {
                lists.put(groupKey, added, start);
                listed = true;
            } else if (list.contains(a.published(), a.articleId())) {
                listed = true;
                seen = true;
            }
        }
        // An article no list takes is never shown: lists only take newer ones from now on.
        if (!listed) return;
        EvidenceBody body = new EvidenceBody(a.articleId(), a.title(), a.url(), a.outlet(), a.published(),
                events == null ? Map.of() : events);
        if (seen) {
            // The same article again: its body so far keeps the events of keys this batch does not bring.
            EvidenceBody before = articles.fetch(a.articleId(), published);
            if (before != null) body = before.updatedBy(body);
        }
        articles.put(a.articleId(), body, published);
    }

    /** Deletes the grains no window still kept can contain: those ending before the swept point less the largest window. */
    private void sweep(long swept) {
        if (swept == Long.MIN_VALUE || swept <= sweptTo) return;
        long to = swept - largest - grain;
        long from = sweptTo == Long.MIN_VALUE ? 0L : Math.max(0L, sweptTo - largest - grain + 1);
        sweptTo = swept;
        if (to < from) return;
        // The lists first: a query between the two deletions finds fewer lists, not articles without a body.
        delete(lists, from, to);
        // Bodies are kept at their publication time: the grains deleted hold those up to the last one's end.
        delete(articles, from, to - Math.floorMod(to, grain) + grain - 1);
    }

    private static <V> void delete(WindowStore<String, V> s, long from, long to) {
        List<Windowed<String>> old = new ArrayList<>();
        try (KeyValueIterator<Windowed<String>, V> it = s.fetchAll(from, to)) {
            it.forEachRemaining(kv -> old.add(kv.key));
        }
        for (Windowed<String> k : old) s.put(k.key(), null, k.window().start());
    }
}
