package org.newsagg.sink.aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.newsagg.model.DuplicateArticle;
import org.newsagg.model.TaggedArticle;

/**
 * Turns counted articles and their syndicated copies into contributions. An article contributes under each of its
 * keys; a copy from another outlet contributes to the same keys and windows as its original (the story is counted
 * once, its spread is counted in {@code syndicated} and {@code sources}). A copy that arrives before its original
 * waits in a store until the original comes. Re-polls from the original's own outlet add nothing.
 *
 * <p>Each contribution is stamped with the dedupe watermark of the record that sent it, and, when that record is a
 * tagged article (which this task reads in dedupe order), with this task's partition: the by-key tasks derive from
 * these stamps how far back state may still be needed ({@link InputWatermarks}).
 *
 * <p>The originals are kept until no copy can still need them: the retention behind the slowest of this task's
 * inputs (its tagged partition and every duplicates partition, each read in dedupe order), since a copy whose
 * original is older than the streams stage's copy grace before its watermark is late and never comes. Their store's
 * own retention would go by the newest article, which in a catch-up is days ahead of the copies still to come.
 */
public final class SyndicationJoiner implements Processor<String, SinkInput, String, JoinResult> {

    private ProcessorContext<String, JoinResult> context;
    private WindowStore<String, CountedOriginal> originals;
    private WindowStore<String, DuplicateArticle> pending;
    private int origin;
    private InputWatermarks inputs;
    /** The slowest input's watermark for the record being processed. */
    private Instant slowest;
    private final int duplicatesPartitions;
    /** Partitions of the by-key topic: an article's contributions go there as one batch per partition. */
    private final int byKeyPartitions;
    private final long retention;
    private final long sweepStep;
    private final Runnable onUnjoined;
    /** The dimensions whose contributions carry their events' sentences to the evidence store. */
    private final List<String> evidenceDimensions;
    /** The tagged partition's watermark at the last look for copies whose original can no longer come. */
    private long orphansCheckedAt = Long.MIN_VALUE;

    /**
     * @param duplicatesPartitions partitions of the duplicates topic, as many as the tagged topic has, and of the
     *                             by-key topic (the topology fixes it so)
     * @param retention            how long originals are kept behind the slowest input
     * @param evidenceDimensions   {@code newsagg.sink.evidence-dimensions}
     */
    public SyndicationJoiner(int duplicatesPartitions, Duration retention, Runnable onUnjoined,
            List<String> evidenceDimensions) {
        this.evidenceDimensions = List.copyOf(evidenceDimensions);
        this.onUnjoined = onUnjoined;
        this.duplicatesPartitions = duplicatesPartitions;
        this.byKeyPartitions = duplicatesPartitions;
        this.retention = retention.toMillis();
        this.sweepStep = Math.min(Duration.ofDays(1).toMillis(), this.retention / 8);
    }

    @Override
    public void init(ProcessorContext<String, JoinResult> context) {
        this.context = context;
        this.originals = context.getStateStore(AggregateStores.ORIGINALS);
        this.pending = context.getStateStore(AggregateStores.PENDING_COPIES);
        // One task per tagged partition: its articles arrive in the order the dedupe task decided them.
        this.origin = context.taskId().partition();
        this.inputs = new InputWatermarks(context.getStateStore(AggregateStores.JOIN_WATERMARKS),
                1 + duplicatesPartitions);
    }

    @Override
    public void process(Record<String, SinkInput> record) {
        SinkInput in = record.value();
        if (in.tagged() != null) {
            inputs.seen(0, in.tagged().watermarkOrPublished().toEpochMilli());
            slowest = slowestInput();
            processOriginal(record, in.tagged());
        } else if (in.copy() != null) {
            if (in.copyPartition() != null && in.copy().watermark() != null) {
                inputs.seen(1 + in.copyPartition(), in.copy().watermark().toEpochMilli());
            }
            slowest = slowestInput();
            processCopy(record, in.copy());
        }
        sweepOriginals();
        if (in.tagged() != null) deadLetterOrphans();
    }

    /**
     * Copies wait (in {@link AggregateStores#PENDING_COPIES}) for an original that comes after them on the tagged
     * partition, which holds its articles in dedupe order. The original was decided before its copy, so once the
     * partition has sent an article with a higher watermark than a waiting copy's, that copy's original is not
     * coming (its id names no article on the tagged topic): it goes to the dead-letter topic, reason
     * {@code unjoined}, instead of waiting in silence. Looked for each time the partition moved a step.
     */
    private void deadLetterOrphans() {
        long tagged = inputs.newest(0);
        if (tagged == Long.MIN_VALUE || (orphansCheckedAt != Long.MIN_VALUE && tagged < orphansCheckedAt + sweepStep)) {
            return;
        }
        orphansCheckedAt = tagged;
        List<KeyValue<Windowed<String>, DuplicateArticle>> orphans = new ArrayList<>();
        try (var it = pending.fetchAll(0L, Long.MAX_VALUE)) {
            it.forEachRemaining(kv -> {
                if (kv.value.watermark() != null && kv.value.watermark().toEpochMilli() < tagged) orphans.add(kv);
            });
        }
        for (var kv : orphans) {
            pending.put(kv.key.key(), null, kv.key.window().start());
            onUnjoined.run();
            String why = "copy " + kv.value.article().id() + " of " + kv.value.duplicateOf() + " (watermark "
                    + kv.value.watermark() + "): tagged partition " + origin + " reached watermark "
                    + Instant.ofEpochMilli(tagged) + " without its original";
            context.forward(new Record<>(kv.value.duplicateOf(), JoinResult.unjoined(kv.value, why),
                    kv.value.article().published().toEpochMilli()));
        }
    }

    private Instant slowestInput() {
        long safe = inputs.safe();
        return safe == Long.MIN_VALUE ? null : Instant.ofEpochMilli(safe);
    }

    /** Deletes the originals no copy still to come can need, each time the slowest input moved a step. */
    private void sweepOriginals() {
        long safe = inputs.safe();
        if (safe == Long.MIN_VALUE) return;
        long cutoff = safe - retention;
        long swept = inputs.sweptTo();
        if (swept != Long.MIN_VALUE && cutoff < swept + sweepStep) return;
        List<Windowed<String>> old = new ArrayList<>();
        try (var it = originals.fetchAll(swept == Long.MIN_VALUE ? 0L : swept, cutoff)) {
            it.forEachRemaining(kv -> old.add(kv.key));
        }
        for (var k : old) originals.put(k.key(), null, k.window().start());
        inputs.sweptTo(cutoff);
    }

    private void processOriginal(Record<String, SinkInput> record, TaggedArticle t) {
        List<Contribution> contributions = Dimensions.of(t, evidenceDimensions);
        List<String> keys = contributions.stream().map(c -> c.dimension() + "|" + c.key()).toList();
        CountedOriginal original = new CountedOriginal(t.article().id(), t.storyId(), t.article().source(),
                t.article().published(), keys, t.article().title(), t.article().url());
        originals.put(original.id(), original, original.published().toEpochMilli());
        Instant watermark = t.watermarkOrPublished();
        forward(record, contributions.stream().map(c -> c.stamped(origin, watermark, slowest)).toList());
        // Copies wait under "original id|copy id": one key per copy, so each can be deleted (a store that keeps
        // duplicates of one key ignores a null put, and released copies used to stay until the retention).
        String prefix = original.id() + "|";
        List<KeyValue<Windowed<String>, DuplicateArticle>> waiting = new ArrayList<>();
        try (var it = pending.fetch(prefix, original.id() + "}", 0L, Long.MAX_VALUE)) {
            it.forEachRemaining(kv -> {
                if (kv.key.key().startsWith(prefix)) waiting.add(kv);
            });
        }
        for (var kv : waiting) {
            // Sent now, in this partition's dedupe order: stamped like the original that released them.
            forwardCopy(record, original, kv.value, origin, watermark);
            pending.put(kv.key.key(), null, kv.key.window().start());
        }
    }

    private void processCopy(Record<String, SinkInput> record, DuplicateArticle copy) {
        CountedOriginal original = null;
        try (WindowStoreIterator<CountedOriginal> it = originals.fetch(copy.duplicateOf(), 0L, Long.MAX_VALUE)) {
            if (it.hasNext()) original = it.next().value;
        }
        if (original == null) {
            pending.put(copy.duplicateOf() + "|" + copy.article().id(), copy, record.timestamp());
        } else {
            forwardCopy(record, original, copy, origin, null);
        }
    }

    private void forwardCopy(Record<String, SinkInput> record, CountedOriginal original, DuplicateArticle copy,
            Integer origin, Instant watermark) {
        String outlet = copy.article().source();
        if (outlet == null || Objects.equals(outlet, original.source())) return;
        List<Contribution> contributions = new ArrayList<>(original.groupKeys().size());
        for (String groupKey : original.groupKeys()) {
            int bar = groupKey.indexOf('|');
            contributions.add(new Contribution(groupKey.substring(0, bar), groupKey.substring(bar + 1), original.id(),
                    original.storyId(), outlet, original.published(), true, 0, 0.0, original.title(), original.url(), origin, watermark, slowest));
        }
        forward(record, contributions);
    }

    /**
     * Sends an article's (or a copy's) contributions as one batch per by-key partition, keyed by a group key of that
     * partition ({@link ByKeyPartitioner}): one record per partition instead of one per key.
     */
    private void forward(Record<String, SinkInput> record, List<Contribution> contributions) {
        Map<Integer, List<Contribution>> byPartition = new LinkedHashMap<>();
        for (Contribution c : contributions) {
            byPartition.computeIfAbsent(ByKeyPartitioner.partitionOf(c.groupKey(), byKeyPartitions),
                    p -> new ArrayList<>()).add(c);
        }
        for (List<Contribution> batch : byPartition.values()) {
            Contribution first = batch.get(0);
            context.forward(new Record<>(first.groupKey(), JoinResult.of(new ContributionBatch(batch)),
                    first.published().toEpochMilli(), record.headers()));
        }
    }
}
