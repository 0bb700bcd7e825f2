package org.newsagg.sink.aggregate;

import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.AutoOffsetReset;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.newsagg.model.DuplicateArticle;
import org.newsagg.model.JsonSerde;
import org.newsagg.model.NewsSerdes;
import org.newsagg.runtime.StoreKind;
import org.newsagg.runtime.StreamsTopics;
import org.newsagg.sink.SinkConfig;
import org.newsagg.sink.SinkMetrics;
import org.newsagg.sink.query.NewestEventTracker;
import org.newsagg.sink.trending.TrendingBranch;

/**
 * The sink stage: tagged articles and syndicated copies in, rolling aggregates out.
 *
 * <pre>
 * tagged (every article on time: the dedupe stage decided) ─────────┐
 * duplicates ─▶ by original id ─repartition(original id)───────────┴─ merge ─▶ join (stamps origin, watermark)
 *     ─repartition(by-key: one batch per article and partition of dimension|key)─▶ expiry guard (input watermarks)
 *     ─┬─ windows already deleted ─▶ dlq (expired, one letter per contribution)
 *      └─▶ window aggregator (distinct marks, every family's store; record cache, published at commit) ─▶ aggregates
 *          hopping roll-over; state sweeper (safe watermark)
 *                                 ├─▶ newest event per task (for the query API)
 *                                 └─ articles of trending dimensions ─repartition(dimension)─▶ trending ranker ─▶ trending
 * </pre>
 */
public final class AggregateTopology {

    public static final String BY_ORIGINAL = "by-original";
    public static final String BY_KEY = "by-key";

    private AggregateTopology() {}

    public static Topology build(SinkConfig config, SinkMetrics metrics) {
        return build(config, metrics, StoreKind.ROCKS_DB);
    }

    /** With its stores of {@code stores}' kind: RocksDB in the stage, memory in the bench's reference. */
    public static Topology build(SinkConfig config, SinkMetrics metrics, StoreKind stores) {
        StreamsBuilder builder = new StreamsBuilder();
        AggregateStores.joinStores(config.retention(), stores).forEach(builder::addStateStore);
        JsonSerde<SinkInput> inputSerde = new JsonSerde<>(SinkInput.class);

        // Every article here was found on time by the dedupe stage, once, for the whole pipeline: the sink counts
        // them all, whatever its own tasks' stream times (docs/sink.md, "Late data").
        KStream<String, SinkInput> originals = builder
                .stream(config.stage().topics().tagged(), StreamsTopics.consumed(config.stage().topics().taggedTopic())
                        .withTimestampExtractor(new TaggedTimestampExtractor())
                        // Deleted before read: stop, never skip in silence (DeletedInputGuard).
                        .withOffsetResetPolicy(AutoOffsetReset.none())
                        .withName("tagged-articles"))
                .processValues(TaggedValidator::new, Named.as("validate-tagged"))
                .mapValues(t -> SinkInput.of(t), Named.as("as-original"));

        // The tagged topic is keyed by article id already, so only the copies are re-keyed by their original's id
        // and repartitioned, onto as many partitions as the duplicates topic has, which is what the tagged topic has
        // (TopicLayout): an original and its copies meet in one task. Originals, most of the input and the records
        // dashboards wait for, skip a topic and a transaction.
        KStream<String, SinkInput> copies = builder
                .stream(config.stage().topics().duplicates(), StreamsTopics.consumed(config.stage().topics().duplicatesTopic())
                        .withOffsetResetPolicy(AutoOffsetReset.none())
                        .withName("duplicate-articles"))
                .processValues(DuplicateValidator::new, Named.as("validate-duplicates"))
                .filter((id, d) -> isSpread(d), Named.as("copies"))
                .selectKey((id, d) -> d.duplicateOf(), Named.as("key-by-original"))
                .processValues(CopySource::new, Named.as("as-copy"))
                .repartition(Repartitioned.with(Serdes.String(), inputSerde).withName(BY_ORIGINAL));

        Map<String, KStream<String, JoinResult>> joined = originals.merge(copies, Named.as("originals-and-copies"))
                .process(() -> new SyndicationJoiner(config.taggedPartitions(), config.retention(), metrics::unjoined,
                        config.evidenceDimensions()),
                        Named.as("syndication-join"), AggregateStores.ORIGINALS, AggregateStores.PENDING_COPIES,
                        AggregateStores.JOIN_WATERMARKS)
                .split(Named.as("join-"))
                .branch((k, r) -> r.isUnjoined(), Branched.as("unjoined"))
                .defaultBranch(Branched.as("contributions"));
        joined.get("join-unjoined")
                .processValues(UnjoinedCopyLetter::new, Named.as("unjoined-copy"))
                .to(config.stage().topics().dlq(), Produced.with(Serdes.String(), NewsSerdes.duplicate()).withName("unjoined-dlq"));
        // One record per article (or copy) and by-key partition, carrying its contributions to that partition's keys
        // (ContributionBatch), not one per key. The topic's partition count is fixed to the one the join grouped
        // them by, and the partitioner sends each batch where the default partitioner would send its keys, which is
        // where the query API looks for them (ByKeyPartitioner).
        KStream<String, ContributionBatch> contributions = joined.get("join-contributions")
                .mapValues(JoinResult::contributions, Named.as("contribution"))
                .repartition(Repartitioned.with(Serdes.String(), new ContributionBatchSerde()).withName(BY_KEY)
                        .withNumberOfPartitions(config.taggedPartitions())
                        .withStreamPartitioner(new ByKeyPartitioner(config.taggedPartitions())));
        RollingAggregator.attach(builder, contributions, config, metrics::expired, stores)
                .to(config.stage().topics().aggregates(), StreamsTopics.produced(config.stage().topics().aggregatesTopic())
                        .withName("aggregates"));

        // Query API and trending: side branches of the same contributions; they leave the aggregates untouched.
        builder.addStateStore(NewestEventTracker.store(stores));
        contributions.process(NewestEventTracker::new, Named.as("newest-event"), NewestEventTracker.STORE);
        TrendingBranch.attach(builder, contributions, config, stores);
        // The articles behind each count, for the API's evidence (after the aggregator, whose guard it follows).
        EvidenceRecorder.attach(builder, contributions, config, stores);

        return builder.build();
    }

    /**
     * A copy shows the story's spread when another outlet carried it: a syndicated near copy, or a wire item
     * reprinted verbatim. A re-poll or replay of the original's own outlet shows nothing.
     */
    static boolean isSpread(DuplicateArticle d) {
        return d != null && d.duplicateOf() != null && d.article() != null && d.article().source() != null
                && !d.article().source().equals(d.originalSource());
    }
}
