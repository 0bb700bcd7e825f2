package org.newsagg.streams;

import java.util.ArrayList;
import java.util.List;
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
import org.newsagg.model.Article;
import org.newsagg.model.NewsSerdes;
import org.newsagg.runtime.StoreKind;
import org.newsagg.runtime.StreamsTopics;
import org.newsagg.streams.dedupe.DedupeOutcome;
import org.newsagg.streams.dedupe.DedupeOutcomeSerde;
import org.newsagg.streams.dedupe.DedupeProcessor;
import org.newsagg.streams.dedupe.LateArticles;
import org.newsagg.streams.dedupe.TaskDedupeStore;
import org.newsagg.streams.tagging.TaggingProcessor;

/**
 * The streams stage: raw articles in; unique articles with their story, actors and events out on the tagged topic;
 * exact and near copies out on the duplicates topic; unreadable records to the dead-letter topic (by the handler).
 *
 * <pre>
 * raw ──(repartition(1) only if raw has several partitions)──▶ dedupe (state stores, lateness)
 *       ├─ late ─▶ dlq (reason late)
 *       ├─ duplicate ─▶ duplicates (stamped with the dedupe watermark)
 *       └─ unique ──repartition(N)──▶ tag ─▶ tagged (stamped with the dedupe watermark)
 * </pre>
 *
 * Whether an article copies another is a question about every article seen, so the decision runs in a single task:
 * all raw articles meet in one partition whatever partition they arrived on, and the verdict does not depend on
 * how many instances run. A one-partition raw topic (the default) is that partition already, and the dedupe task
 * reads it directly: under exactly-once every internal topic costs a transaction commit of latency, and copying raw
 * into another single partition only added one. {@link StreamsStage} refuses to start when the raw topic has more
 * partitions than the config says, since the dedupe task would then be split.
 *
 * <p>The decision is cheap (sketch and look up); the costly tagging then spreads over N partitions, as
 * many as the tagged topic has. N is set, not inferred: Kafka Streams would size a repartition topic like its
 * upstream sub-topology's input, the single dedupe partition, and tagging would run in one task whatever the number
 * of instances. docs/architecture.md explains the choice and its limit.
 */
public final class DedupeAndTagTopology {

    /** Processor and internal topic names, stable so that state and offsets survive upgrades. */
    public static final String DEDUPE_REPARTITION = "dedupe";
    public static final String TAG_REPARTITION = "tag";

    private DedupeAndTagTopology() {}

    /** The topic the dedupe task reads: the raw topic itself, or the one-partition repartition topic. */
    public static String dedupeSource(StreamsStageConfig config) {
        return config.rawPartitions() == 1 ? config.stage().topics().raw()
                : config.stage().applicationId() + "-" + DEDUPE_REPARTITION + "-repartition";
    }

    public static Topology build(StreamsStageConfig config, StageMetrics metrics) {
        return build(config, metrics, StoreKind.ROCKS_DB);
    }

    /** With its stores of {@code stores}' kind: RocksDB in the stage, memory in the bench's reference. */
    public static Topology build(StreamsStageConfig config, StageMetrics metrics, StoreKind stores) {
        StreamsBuilder builder = new StreamsBuilder();
        TaskDedupeStore.storeBuilders(config.dedupe().retention(), stores).forEach(builder::addStateStore);
        builder.addStateStore(LateArticles.storeBuilder(config.dedupe().retention(), stores));
        // Binary on the internal topic; it still reads the JSON an earlier version wrote (DedupeOutcomeSerde).
        DedupeOutcomeSerde outcomeSerde = new DedupeOutcomeSerde();

        KStream<String, Article> valid = builder
                .stream(config.stage().topics().raw(), StreamsTopics.consumed(config.stage().topics().rawTopic())
                        .withTimestampExtractor(new ArticleTimestampExtractor())
                        // Deleted before read: stop, never skip in silence (DeletedInputGuard).
                        .withOffsetResetPolicy(AutoOffsetReset.none())
                        .withName("raw-articles"))
                .processValues(RawArticleValidator::new, Named.as("validate"));
        if (config.rawPartitions() != 1) {
            valid = valid.repartition(Repartitioned.with(Serdes.String(), NewsSerdes.article())
                    .withName(DEDUPE_REPARTITION)
                    .withNumberOfPartitions(1));
        }
        List<String> dedupeStores = new ArrayList<>(TaskDedupeStore.NAMES);
        dedupeStores.add(LateArticles.STORE);
        KStream<String, DedupeOutcome> decided = valid
                .process(() -> new DedupeProcessor(config.dedupe(), config.lateness(), metrics), Named.as("dedupe"),
                        dedupeStores.toArray(String[]::new));

        // Lateness is decided here, once, in the one task that reads every article in replayable order: the sink
        // counts everything that reaches it (docs/architecture.md, "Event time").
        Map<String, KStream<String, DedupeOutcome>> byVerdict = decided.split(Named.as("verdict-"))
                .branch((id, outcome) -> outcome.isLate(), Branched.as("late"))
                .branch((id, outcome) -> outcome.unique(), Branched.as("unique"))
                .defaultBranch(Branched.as("duplicate"));

        byVerdict.get("verdict-late")
                .mapValues(DedupeOutcome::article, Named.as("late-article"))
                .to(config.stage().topics().dlq(), Produced.with(Serdes.String(), NewsSerdes.article()).withName("late-dlq"));

        byVerdict.get("verdict-duplicate")
                .mapValues(DedupeOutcome::toDuplicate, Named.as("to-duplicate"))
                .to(config.stage().topics().duplicates(), StreamsTopics.produced(config.stage().topics().duplicatesTopic())
                        .withName("duplicates"));

        byVerdict.get("verdict-unique")
                .repartition(Repartitioned.with(Serdes.String(), outcomeSerde).withName(TAG_REPARTITION)
                        .withNumberOfPartitions(config.tagPartitions()))
                .processValues(() -> new TaggingProcessor(config.tagging(), metrics), Named.as("tag"))
                .to(config.stage().topics().tagged(),
                        StreamsTopics.produced(config.stage().topics().taggedTopic(), "tagged"));

        return builder.build();
    }
}
