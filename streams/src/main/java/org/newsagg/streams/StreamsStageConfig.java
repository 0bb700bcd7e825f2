package org.newsagg.streams;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.newsagg.model.DeadLetterHandler;
import org.newsagg.model.Settings;
import org.newsagg.model.Topics;
import org.newsagg.streams.dedupe.DedupeSettings;
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
 * @param replicationFactor  of internal topics; -1 takes the broker default
 * @param commitInterval     how often transactions commit: the floor of end-to-end latency under exactly-once
 * @param dedupe             dedupe and story settings
 * @param tagging            tagging settings
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
        int replicationFactor,
        Duration commitInterval,
        DedupeSettings dedupe,
        TaggingSettings tagging,
        int httpPort,
        Map<String, String> kafka) {

    public static final String STAGE = "streams";

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
                s.getInt("newsagg.streams.replication-factor", -1),
                s.getDuration("newsagg.streams.commit-interval", Duration.ofMillis(100)),
                DedupeSettings.from(s),
                TaggingSettings.from(s),
                s.getInt("newsagg.streams.http-port", 8082),
                s.withPrefix("kafka."));
    }

    /** The Kafka Streams properties of this stage. */
    public Properties streamsProperties() {
        Properties p = new Properties();
        p.putAll(kafka);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, processingGuarantee);
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        p.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, standbyReplicas);
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, replicationFactor);
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitInterval.toMillis());
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class.getName());
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class.getName());
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        p.put(DeadLetterHandler.TOPIC_CONFIG, topics.dlq());
        p.put(DeadLetterHandler.STAGE_CONFIG, STAGE);
        return p;
    }
}
