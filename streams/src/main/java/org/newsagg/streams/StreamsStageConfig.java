package org.newsagg.streams;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.newsagg.model.DeletedInputGuard;
import org.newsagg.model.StageStreamsProperties;
import org.newsagg.model.Settings;
import org.newsagg.model.Topics;
import org.newsagg.streams.dedupe.DedupeSettings;
import org.newsagg.streams.dedupe.LatenessRule;
import org.newsagg.streams.tagging.TaggingSettings;

/**
 * Everything the streams stage (dedupe, stories, tagging) reads from config. Keys and defaults are listed in the
 * README's configuration table; {@code kafka.*} keys pass through to the Kafka clients (TLS, SASL, ...).
 *
 * @param applicationId      Kafka Streams application id: instances sharing it share the work
 * @param bootstrapServers   brokers
 * @param stateDir           where RocksDB state lives
 * @param topics             topic names
 * @param processingGuarantee exactly_once_v2 by default; at_least_once only for experiments
 * @param threads            stream threads per instance
 * @param standbyReplicas    warm copies of state on other instances, for fast fail-over
 * @param rawPartitions      partitions of the raw topic ({@code newsagg.topics.raw-partitions}, the key that
 *                           creates it): with one, the dedupe task reads it directly; with more, through a
 *                           one-partition repartition topic
 * @param tagPartitions      partitions of the tag repartition topic, so tasks tagging can run in parallel: as many as
 *                           the tagged topic has ({@code newsagg.topics.partitions})
 * @param replicationFactor  of internal topics; -1 takes the broker default
 * @param commitInterval     how often transactions commit: the floor of end-to-end latency under exactly-once
 * @param rocksDbMemoryBytes off-heap memory all of this stage's RocksDB stores share (block cache and memtables);
 *                           -1 leaves Kafka Streams' per-store defaults
 * @param onDeletedInput     what a (re)start does when retention deleted raw records before the stage read them:
 *                           refuse (fail, the default) or log and go on (skip); see {@link DeletedInputGuard}
 * @param dedupe             dedupe and story settings
 * @param tagging            tagging settings
 * @param lateness           when an article or copy is too late to count, decided here for the whole pipeline
 * @param httpPort           port of /metrics, /health and /ready; 0 picks a free one, -1 disables it
 * @param kafka              client properties passed through
 */
public record StreamsStageConfig(
        String applicationId,
        String bootstrapServers,
        Path stateDir,
        Topics topics,
        String processingGuarantee,
        int threads,
        int standbyReplicas,
        int rawPartitions,
        int tagPartitions,
        int replicationFactor,
        Duration commitInterval,
        long rocksDbMemoryBytes,
        DeletedInputGuard.Policy onDeletedInput,
        DedupeSettings dedupe,
        TaggingSettings tagging,
        LatenessRule lateness,
        int httpPort,
        Map<String, String> kafka) {

    public static final String STAGE = "streams";
    public static final String ON_DELETED_INPUT = "newsagg.streams.on-deleted-input";
    /** 128 MB: the dedupe stores are three, and their hot part is the newest segments. */
    public static final long DEFAULT_ROCKSDB_MEMORY = 128L * 1024 * 1024;

    public static StreamsStageConfig from(Settings s) {
        return new StreamsStageConfig(
                s.get("newsagg.streams.application-id", "newsagg-streams"),
                s.get("kafka.bootstrap.servers", "localhost:9092"),
                Path.of(s.get("newsagg.streams.state-dir",
                        Path.of(System.getProperty("java.io.tmpdir"), "newsagg-state").toString())),
                Topics.from(s),
                s.get("newsagg.streams.processing-guarantee", StreamsConfig.EXACTLY_ONCE_V2),
                s.getInt("newsagg.streams.threads", 1),
                s.getInt("newsagg.streams.standby-replicas", 0),
                s.getInt("newsagg.topics.raw-partitions", 1),
                s.getInt("newsagg.topics.partitions", 3),
                s.getInt("newsagg.streams.replication-factor", -1),
                s.getDuration("newsagg.streams.commit-interval", Duration.ofMillis(50)),
                s.getLong("newsagg.streams.rocksdb-memory-bytes", DEFAULT_ROCKSDB_MEMORY),
                DeletedInputGuard.Policy.parse(ON_DELETED_INPUT, s.get(ON_DELETED_INPUT, "fail")),
                DedupeSettings.from(s),
                TaggingSettings.from(s),
                LatenessRule.from(s),
                s.getInt("newsagg.streams.http-port", 8082),
                s.withPrefix("kafka."));
    }

    /** The Kafka Streams properties of this stage. */
    public Properties streamsProperties() {
        Properties p = StageStreamsProperties.of(STAGE, applicationId, bootstrapServers, stateDir, processingGuarantee,
                threads, standbyReplicas, replicationFactor, commitInterval, rocksDbMemoryBytes, kafka, topics.dlq());
        return p;
    }
}
