package org.newsagg.streams;

import org.newsagg.model.Settings;
import org.newsagg.runtime.StageSettings;
import org.newsagg.streams.dedupe.DedupeSettings;
import org.newsagg.streams.dedupe.LatenessRule;
import org.newsagg.streams.tagging.TaggingSettings;

/**
 * Everything the streams stage (dedupe, stories, tagging) reads from config. Keys and defaults are listed in the
 * README's configuration table; {@code kafka.*} keys pass through to the Kafka clients (TLS, SASL, ...).
 *
 * @param stage              what every Streams stage reads the same way, under {@code newsagg.streams.*}
 * @param rawPartitions      partitions of the raw topic ({@code newsagg.topics.raw-partitions}, the key that
 *                           creates it): with one, the dedupe task reads it directly; with more, through a
 *                           one-partition repartition topic
 * @param tagPartitions      partitions of the tag repartition topic, so tasks tagging can run in parallel: as many as
 *                           the tagged topic has ({@code newsagg.topics.partitions})
 * @param dedupe             dedupe and story settings
 * @param tagging            tagging settings
 * @param lateness           when an article or copy is too late to count, decided here for the whole pipeline
 * @param httpPort           port of /metrics, /health and /ready; 0 picks a free one, -1 disables it
 * @param bindAddress        address that server listens on: 127.0.0.1 by default ({@code 0.0.0.0} in a container)
 */
public record StreamsStageConfig(
        StageSettings stage,
        int rawPartitions,
        int tagPartitions,
        DedupeSettings dedupe,
        TaggingSettings tagging,
        LatenessRule lateness,
        int httpPort,
        String bindAddress) {

    public static final String STAGE = "streams";
    /** 128 MB: the dedupe stores are three, and their hot part is the newest segments. */
    public static final long DEFAULT_ROCKSDB_MEMORY = 128L * 1024 * 1024;

    public static StreamsStageConfig from(Settings s) {
        return new StreamsStageConfig(
                StageSettings.from(s, STAGE, "newsagg-state", DEFAULT_ROCKSDB_MEMORY),
                s.getInt("newsagg.topics.raw-partitions", 1),
                s.getInt("newsagg.topics.partitions", 3),
                DedupeSettings.from(s),
                TaggingSettings.from(s),
                LatenessRule.from(s),
                s.getInt("newsagg.streams.http-port", 8082),
                s.get("newsagg.streams.bind-address", "127.0.0.1"));
    }
}
