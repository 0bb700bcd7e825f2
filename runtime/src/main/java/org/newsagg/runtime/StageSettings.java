package org.newsagg.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.newsagg.model.Settings;
import org.newsagg.model.Topics;

/**
 * The settings every Kafka Streams stage reads the same way, under its own prefix ({@code newsagg.<stage>.*}): the
 * Streams application's identity, state, guarantee, parallelism, commit interval, RocksDB memory and what to do about
 * input deleted before it was read, plus the topic names and the {@code kafka.*} client pass-through.
 *
 * @param stage               the stage's name ({@code streams}, {@code sink}): the settings' prefix, the DLQ header
 * @param applicationId       Kafka Streams application id: instances sharing it share the work
 * @param bootstrapServers    brokers
 * @param stateDir            where RocksDB state lives
 * @param topics              topic names
 * @param processingGuarantee exactly_once_v2 by default; at_least_once only for experiments
 * @param threads             stream threads per instance
 * @param standbyReplicas     warm copies of state on other instances, for fast fail-over
 * @param replicationFactor   of internal topics; -1 takes the broker default
 * @param commitInterval      how often transactions commit: the floor of end-to-end latency under exactly-once;
 *                            50 ms, or {@link CatchUpProfile#COMMIT_INTERVAL} with {@code catchUp}
 * @param catchUp             {@code newsagg.<stage>.catch-up}: the batching profile for replaying a backlog into an
 *                            idle pipeline ({@link CatchUpProfile}); off by default, as it costs live latency
 * @param rocksDbMemoryBytes  off-heap memory all of the stage's RocksDB stores share (block cache and memtables);
 *                            -1 leaves Kafka Streams' per-store defaults
 * @param onDeletedInput      what a (re)start does when retention deleted input records before the stage read them:
 *                            refuse (fail, the default) or log and go on (skip); see {@link DeletedInputGuard}
 * @param kafka               client properties passed through ({@code kafka.*} without the prefix: TLS, SASL, ...)
 */
public record StageSettings(
        String stage,
        String applicationId,
        String bootstrapServers,
        Path stateDir,
        Topics topics,
        String processingGuarantee,
        int threads,
        int standbyReplicas,
        int replicationFactor,
        Duration commitInterval,
        boolean catchUp,
        long rocksDbMemoryBytes,
        DeletedInputGuard.Policy onDeletedInput,
        Map<String, String> kafka) {

    /**
     * Reads {@code newsagg.<stage>.*}.
     *
     * @param defaultStateDir     the state directory's name under the temporary directory when none is set
     * @param defaultRocksDbBytes the RocksDB budget when none is set
     */
    public static StageSettings from(Settings s, String stage, String defaultStateDir, long defaultRocksDbBytes) {
        String prefix = "newsagg." + stage + ".";
        boolean catchUp = s.getBoolean(catchUpKey(stage), false);
        return new StageSettings(
                stage,
                s.get(prefix + "application-id", "newsagg-" + stage),
                s.bootstrapServers(),
                Path.of(s.get(prefix + "state-dir",
                        Path.of(System.getProperty("java.io.tmpdir"), defaultStateDir).toString())),
                Topics.from(s),
                s.get(prefix + "processing-guarantee", StreamsConfig.EXACTLY_ONCE_V2),
                s.getInt(prefix + "threads", 1),
                s.getInt(prefix + "standby-replicas", 0),
                s.getInt(prefix + "replication-factor", -1),
                s.getDuration(prefix + "commit-interval",
                        catchUp ? CatchUpProfile.COMMIT_INTERVAL : Duration.ofMillis(50)),
                catchUp,
                s.getLong(prefix + "rocksdb-memory-bytes", defaultRocksDbBytes),
                DeletedInputGuard.Policy.parse(onDeletedInputKey(stage), s.get(onDeletedInputKey(stage), "fail")),
                s.withPrefix("kafka."));
    }

    /** The key of {@link #onDeletedInput}, named in the messages that tell an operator how to change it. */
    public String onDeletedInputKey() {
        return onDeletedInputKey(stage);
    }

    private static String onDeletedInputKey(String stage) {
        return "newsagg." + stage + ".on-deleted-input";
    }

    /**
     * The Kafka Streams properties these settings give, with the catch-up profile's when it is on; a stage adds its
     * own.
     */
    public Properties streamsProperties() {
        Properties p = StageStreamsProperties.of(stage, applicationId, bootstrapServers, stateDir, processingGuarantee,
                threads, standbyReplicas, replicationFactor, commitInterval, rocksDbMemoryBytes, kafka, topics.dlq());
        if (catchUp) CatchUpProfile.applyTo(p, kafka, commitInterval);
        return p;
    }

    /** The key of {@link #catchUp} for a stage: what the stage commands' {@code --catch-up} sets. */
    public static String catchUpKey(String stage) {
        return "newsagg." + stage + ".catch-up";
    }

    /** Admin client properties for the same cluster, with the same pass-through. */
    public Map<String, Object> adminProperties() {
        Map<String, Object> props = new HashMap<>(kafka);
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return props;
    }
}
