package org.newsagg.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The Kafka Streams properties both Streams stages share: identity, guarantee, parallelism, the dead-letter handlers
 * for unreadable, unprocessable and unwritable records, producers that write only what the broker accepts, the bound
 * on RocksDB's memory, and the {@code kafka.*} pass-through (TLS, SASL, ...), which the stage's own settings
 * override.
 */
public final class StageStreamsProperties {

    private StageStreamsProperties() {}

    public static Properties of(String stage, String applicationId, String bootstrapServers, Path stateDir,
            String processingGuarantee, int threads, int standbyReplicas, int replicationFactor,
            Duration commitInterval, long rocksDbMemoryBytes, Map<String, String> kafka, String dlqTopic) {
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
        p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class.getName());
        p.put(StreamsConfig.DEFAULT_CLIENT_SUPPLIER_CONFIG, WritableRecordsClientSupplier.class.getName());
        p.put(DeadLetterHandler.TOPIC_CONFIG, dlqTopic);
        p.put(DeadLetterHandler.STAGE_CONFIG, stage);
        if (rocksDbMemoryBytes > 0) {
            p.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbMemory.class.getName());
            p.put(BoundedRocksDbMemory.BUDGET_CONFIG, rocksDbMemoryBytes);
        }
        return p;
    }
}
