package org.newsagg.sink.aggregate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.newsagg.model.Aggregate;
import org.newsagg.model.JsonSerde;
import org.newsagg.runtime.StoreKind;
import org.newsagg.sink.SinkConfig;

/**
 * Rolls contributions into every configured window that contains them and emits the aggregates, keyed
 * {@code dimension|key|window|windowStart}: {@link WindowAggregator} marks distinct stories and outlets and adds each
 * contribution of a batch to its windows in the families' stores. A hopping family's windows open only when stream
 * time reaches their last bucket ({@link HoppingRollOver}).
 *
 * <p>Two emit policies. {@link EmitPolicy#UPDATE} publishes a window's value whenever it changed, through the
 * Streams record cache: all the changes a window gets between two commits leave as one record with its newest value,
 * and one changelog write, when the task commits ({@link WindowChangesAtCommit}). A consumer of the compacted topic
 * sees the same newest value per window as with a record per change, only fewer intermediate ones. Flushing belongs
 * to the commit, so the output, the state and the input offsets still commit in one transaction.
 * {@link EmitPolicy#CLOSE} publishes each window once, when stream time passes its end plus the grace period
 * ({@link ClosedWindowEmitter}).
 *
 * <p>Every contribution that reaches the aggregator is of an article the dedupe stage found on time, and is counted,
 * whatever the task's stream time: state is deleted by {@link StateSweeper} only the retention behind the slowest
 * input ({@link InputWatermarks}); the windowed aggregations' grace and the stores' own retention are no limit
 * ({@link AggregateStores#STORE_RETENTION}). {@link ExpiryGuard} dead-letters (reason {@code expired}) what would still find its
 * windows gone, so nothing is dropped in silence.
 */
public final class RollingAggregator {

    public enum EmitPolicy { UPDATE, CLOSE }

    private RollingAggregator() {}

    /** The aggregates of {@code batches} (each an article's contributions to one by-key partition's keys). */
    public static KStream<String, Aggregate> attach(StreamsBuilder builder, KStream<String, ContributionBatch> batches,
            SinkConfig config, Runnable onExpired, StoreKind kind) {
        List<HoppingRollOver.Family> hopping = hoppingFamilies(config.windows());
        // Every family the aggregator feeds: the configured ones, and the buckets of a hopping family that has no
        // tumbling family of its advance to open its windows from (kept, never published).
        List<WindowSpec> assigned = new ArrayList<>(config.windows());
        hopping.stream().map(HoppingRollOver.Family::buckets).filter(b -> !assigned.contains(b)).forEach(assigned::add);

        Duration storeRetention = AggregateStores.STORE_RETENTION;
        builder.addStateStore(InputWatermarks.storeBuilder(AggregateStores.INPUT_WATERMARKS, kind));
        Map<String, KStream<String, CheckedBatch>> checked = batches
                .processValues(() -> new ExpiryGuard(config.taggedPartitions(), onExpired),
                        Named.as("expiry-guard"), AggregateStores.INPUT_WATERMARKS)
                .split(Named.as("expiry-"))
                .branch((k, v) -> v.isExpired(), Branched.as("expired"))
                .defaultBranch(Branched.as("counted"));
        // A dead letter per contribution, keyed dimension|key, as before batches: each names the key it missed.
        checked.get("expiry-expired")
                .flatMap((k, v) -> v.batch().contributions().stream().map(c -> KeyValue.pair(c.groupKey(), c)).toList(),
                        Named.as("expired-contribution"))
                .to(config.stage().topics().dlq(), Produced.with(Serdes.String(), new JsonSerde<>(Contribution.class))
                        .withName("expired-dlq"));
        KStream<String, CheckedBatch> countedChecked = checked.get("expiry-counted");
        KStream<String, ContributionBatch> counted = countedChecked
                .mapValues(CheckedBatch::batch, Named.as("counted-contribution"));

        // With emit-on-close, the cache would only delay corrections of closed windows and could publish a window
        // twice around its close; the emitter needs every update as it happens.
        boolean cached = config.emit() == EmitPolicy.UPDATE;
        builder.addStateStore(AggregateStores.distinctStore(storeRetention, kind));
        List<String> aggregatorStores = new ArrayList<>(List.of(AggregateStores.DISTINCT));
        if (!hopping.isEmpty()) {
            builder.addStateStore(AggregateStores.hoppingOpenedStore(kind));
            aggregatorStores.add(AggregateStores.HOPPING_OPENED);
        }
        for (WindowSpec w : assigned) {
            builder.addStateStore(AggregateStores.aggregatesStore(w, storeRetention, cached, kind));
            aggregatorStores.add(AggregateStores.aggregates(w));
        }
        KStream<String, Aggregate> all = counted.process(() -> new WindowAggregator(assigned, config.windows()),
                Named.as("window-aggregator"), aggregatorStores.toArray(String[]::new));
        if (!hopping.isEmpty()) {
            // After the aggregator among the contributions' processors, so that it sees each record's contributions
            // in the buckets.
            List<String> stores = new ArrayList<>(List.of(AggregateStores.DISTINCT, AggregateStores.HOPPING_OPENED));
            for (var f : hopping) {
                stores.add(AggregateStores.aggregates(f.hopping()));
                stores.add(AggregateStores.aggregates(f.buckets()));
            }
            Duration grain = DistinctMarks.grain(assigned);
            counted.process(() -> new HoppingRollOver(hopping, grain), Named.as("hopping-roll-over"),
                    stores.toArray(String[]::new));
        }
        // After the aggregator and the roll-over for the same record, so this record is in its windows first.
        List<String> swept = new ArrayList<>(assigned.stream().map(AggregateStores::aggregates).toList());
        swept.add(AggregateStores.DISTINCT);
        swept.add(AggregateStores.INPUT_WATERMARKS);
        KStream<String, Aggregate> finalValues = countedChecked.process(
                () -> new StateSweeper(assigned, config.windows(), config.taggedPartitions(), config.retention()),
                Named.as("state-sweeper"), swept.toArray(String[]::new));
        if (config.emit() == EmitPolicy.UPDATE) return all.merge(finalValues, Named.as("aggregates-and-final"));

        builder.addStateStore(AggregateStores.emittedStore(kind));
        List<String> stores = new ArrayList<>(config.windows().stream().map(AggregateStores::aggregates).toList());
        stores.add(AggregateStores.EMITTED);
        stores.add(AggregateStores.INPUT_WATERMARKS);
        return all.process(() -> new ClosedWindowEmitter(config.windows(), config.grace(), config.taggedPartitions()),
                        Named.as("emit-on-close"), stores.toArray(String[]::new))
                .merge(finalValues, Named.as("closed-and-final"));
    }

    /** Each hopping family with the tumbling family whose windows are its buckets. */
    static List<HoppingRollOver.Family> hoppingFamilies(List<WindowSpec> windows) {
        return windows.stream().filter(WindowSpec::hopping)
                .map(w -> new HoppingRollOver.Family(w, HoppingWindowValues.bucketsOf(w, windows))).toList();
    }

    /** The aggregates topic's key: compaction keeps the newest value of each window. */
    public static String aggregateKey(Aggregate a) {
        return a.dimension() + "|" + a.key() + "|" + a.window() + "|" + a.windowStart();
    }
}
