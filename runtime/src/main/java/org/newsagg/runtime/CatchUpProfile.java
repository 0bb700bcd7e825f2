package org.newsagg.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * What {@code newsagg.<stage>.catch-up=true} (the stage commands' {@code --catch-up}) changes: larger transactions
 * for a stage that replays a backlog into an otherwise idle pipeline, where throughput matters and a window published
 * a second later does not. Every value here is a default: a setting the operator gives explicitly (the stage's own
 * key, or the Kafka property under {@code kafka.*}) wins.
 *
 * <p>None of it changes an output value: commits decide when records become visible, not which ones are written
 * (docs/operations.md, "Replaying a large archive"). Lateness is decided per article by the dedupe task in its read
 * order, and every punctuator runs on stream time, never on the wall clock; the sink's record cache publishes each
 * changed window's newest value at commit, or earlier when full, so a longer interval only leaves out intermediate
 * values that a later one replaces (docs/sink.md, "How update publishes").
 */
public final class CatchUpProfile {

    private CatchUpProfile() {}

    /**
     * Both stages commit every 2 s instead of 50 ms: every commit costs a transaction (markers on every partition
     * written, a round trip to the coordinator), a flush of the record cache and of the stores, and with 50 ms a
     * catching-up stage commits after a handful of articles. At a couple of hundred articles a second, 2 s puts some
     * hundreds in a transaction, and the sink's record cache then coalesces a busy window's updates over all of them
     * (one aggregate and one changelog record per window and commit). Longer gains less (the per-commit costs are
     * already shared) and lengthens what a restart reprocesses and the pause a downstream read_committed consumer sees.
     *
     * <p>The record caches keep their sizes (the sink's 64 MB, {@code newsagg.sink.cache-max-bytes}): at the rates
     * measured (docs/benchmarks.md, issue 21 item 3) a 2 s commit's windows fit in it, the sink writing as few
     * aggregate records per article with 64 MB as with 128 MB. A cache that fills publishes its oldest windows early,
     * which shows as more aggregate records per article, never as other values.
     */
    public static final Duration COMMIT_INTERVAL = Duration.ofSeconds(2);

    /**
     * Producer batches of 256 KB instead of 16 KB: a tagged article is about 3 KB, so 16 KB batches carry five
     * records, and the broker (on the same two cores here) pays per request. The topics take a megabyte per batch.
     */
    static final int BATCH_SIZE_BYTES = 256 * 1024;

    /**
     * How long a batch waits to fill: 500 ms instead of Kafka Streams' 100 ms, so that batches fill at catch-up
     * rates, and still well inside the commit interval, so that sending overlaps processing instead of all of a
     * transaction's records leaving at its commit.
     */
    static final int LINGER_MS = 500;

    /**
     * Records a poll hands the stream thread: 5,000 instead of Kafka Streams' 1,000, fewer polls per transaction for
     * the sink's small repartition records. Fetch sizes stay at their defaults: the input buffer they fill is bounded
     * by Kafka Streams' {@code input.buffer.max.bytes}, not by this.
     */
    static final int MAX_POLL_RECORDS = 5_000;

    /**
     * The longest a transaction may stay open before the broker aborts it: Kafka Streams sets 10 s under
     * exactly-once, and refuses an interval longer than the timeout. A transaction spans one interval plus the
     * processing loop that crosses it, and a stalled thread (GC, a shared machine) would see its transaction
     * aborted and its task reprocess from the last commit: correct, but wasted work. So 30 s, or three intervals when
     * an operator sets a longer interval. The cost: a stage that dies with a transaction open leaves
     * read_committed consumers waiting up to this long, unless it restarts and aborts the transaction itself.
     */
    static final Duration MIN_TRANSACTION_TIMEOUT = Duration.ofSeconds(30);

    /** The transaction timeout for a stage committing every {@code commitInterval}. */
    static Duration transactionTimeout(Duration commitInterval) {
        Duration three = commitInterval.multipliedBy(3);
        return three.compareTo(MIN_TRANSACTION_TIMEOUT) > 0 ? three : MIN_TRANSACTION_TIMEOUT;
    }

    /**
     * Adds the profile's Kafka client properties to {@code streams}, each unless {@code explicit} (the
     * {@code kafka.*} pass-through) names it in any form Kafka Streams reads: plain, or with a client prefix, which
     * Kafka Streams lets win over the plain name.
     */
    static void applyTo(Properties streams, Map<String, String> explicit, Duration commitInterval) {
        List<String> producer = List.of(StreamsConfig.PRODUCER_PREFIX);
        putUnlessExplicit(streams, explicit, ProducerConfig.BATCH_SIZE_CONFIG, BATCH_SIZE_BYTES, producer);
        putUnlessExplicit(streams, explicit, ProducerConfig.LINGER_MS_CONFIG, LINGER_MS, producer);
        putUnlessExplicit(streams, explicit, ProducerConfig.TRANSACTION_TIMEOUT_CONFIG,
                (int) transactionTimeout(commitInterval).toMillis(), producer);
        putUnlessExplicit(streams, explicit, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MAX_POLL_RECORDS,
                List.of(StreamsConfig.CONSUMER_PREFIX, StreamsConfig.MAIN_CONSUMER_PREFIX));
    }

    /**
     * Puts {@code key}, with the first of {@code prefixes} (the clients it is for), unless the operator named it.
     */
    private static void putUnlessExplicit(Properties streams, Map<String, String> explicit, String key, Object value,
            List<String> prefixes) {
        if (explicit.containsKey(key)) return;
        for (String prefix : prefixes) {
            if (explicit.containsKey(prefix + key)) return;
        }
        streams.put(prefixes.get(0) + key, value);
    }
}
