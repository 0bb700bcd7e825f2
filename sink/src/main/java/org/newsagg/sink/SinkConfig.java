package org.newsagg.sink;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.newsagg.model.Settings;
import org.newsagg.runtime.StageSettings;
import org.newsagg.sink.aggregate.Dimensions;
import org.newsagg.sink.aggregate.RollingAggregator.EmitPolicy;
import org.newsagg.sink.aggregate.WindowSpec;
import org.newsagg.sink.trending.TrendingConfig;

/**
 * Everything the sink stage (rolling aggregates, query API, live page) reads from config. Keys and defaults are
 * listed in the README; {@code kafka.*} keys pass through to the Kafka clients.
 *
 * @param stage     what every Streams stage reads the same way, under {@code newsagg.sink.*}
 * @param windows   window families, default {@value WindowSpec#DEFAULTS}
 * @param grace     with emit=close, how long after its end a window is published (default 1h; lateness itself
 *                  is decided by the streams stage, {@code newsagg.streams.grace})
 * @param retention how long window state is kept behind the slowest input's dedupe watermark: the largest
 *                  window plus grace plus a day, at least, and more than the largest window plus the streams
 *                  stage's copy grace
 * @param emit      UPDATE: every change (live dashboards); CLOSE: once per window when it closes (batch)
 * @param cacheMaxBytes the Streams record cache (all threads): with UPDATE, the window changes it holds between two
 *                  commits leave as one record each; a full cache sends its oldest entries early. 64 MB by default,
 *                  not Streams' 10 MB: one poll of a backlog (up to 1,000 contributions) touches some 27,000 windows,
 *                  and at 10 MB a sink catching up wrote 301 aggregate records per article instead of 220
 * @param httpPort  port of the query API and live page; 0 picks a free one, -1 disables it
 * @param bindAddress address the query API and live page listen on: 127.0.0.1 by default, so that nothing is served
 *                  to the network unless asked ({@code 0.0.0.0} in a container)
 * @param advertisedHost host other sink instances use to reach this one's API
 * @param trending  the trending branch ({@code newsagg.sink.trending.*})
 * @param taggedPartitions partitions of the tagged topic ({@code newsagg.topics.partitions}, the key that creates
 *                  it): how many join tasks send contributions, each of which must have been heard from before any
 *                  state expires or a window closes
 * @param evidenceDimensions the dimensions whose keys keep the articles behind their counts ({@code /api/evidence}):
 *                  by default those the live page shows, {@value #DEFAULT_EVIDENCE_DIMENSIONS}. Each kept
 *                  dimension costs a read and write of a cached list per article and key, and the article is kept
 *                  once per task (docs/sink.md); {@code none} keeps none
 */
public record SinkConfig(
        StageSettings stage,
        List<WindowSpec> windows,
        Duration grace,
        Duration retention,
        EmitPolicy emit,
        long cacheMaxBytes,
        int httpPort,
        String bindAddress,
        String advertisedHost,
        TrendingConfig trending,
        int taggedPartitions,
        List<String> evidenceDimensions) {

    public static final String STAGE = "sink";
    /** 256 MB shared by the window, distinct, trending and syndication stores. */
    public static final long DEFAULT_ROCKSDB_MEMORY = 256L * 1024 * 1024;
    /** The dimensions the live page shows, whose bars a person can click. */
    public static final String DEFAULT_EVIDENCE_DIMENSIONS = "actor,eventRoot,dyad";

    public static SinkConfig from(Settings s) {
        List<WindowSpec> windows = WindowSpec.parseList(s.get("newsagg.sink.windows", WindowSpec.DEFAULTS));
        Duration grace = s.getDuration("newsagg.sink.grace", Duration.ofHours(1));
        Duration largest = windows.stream().map(WindowSpec::size).max(Duration::compareTo).orElseThrow();
        Duration minRetention = largest.plus(grace).plus(Duration.ofDays(1));
        Duration retention = s.getDuration("newsagg.sink.retention", Duration.ofDays(7));
        return new SinkConfig(
                StageSettings.from(s, STAGE, "newsagg-sink-state", DEFAULT_ROCKSDB_MEMORY),
                windows,
                grace,
                retention.compareTo(minRetention) < 0 ? minRetention : retention,
                EmitPolicy.valueOf(s.get("newsagg.sink.emit", "update").toUpperCase(Locale.ROOT)),
                s.getLong("newsagg.sink.cache-max-bytes", 64L * 1024 * 1024),
                s.getInt("newsagg.sink.http-port", 8080),
                s.get("newsagg.sink.bind-address", "127.0.0.1"),
                s.get("newsagg.sink.advertised-host", "127.0.0.1"),
                TrendingConfig.from(s),
                s.getInt("newsagg.topics.partitions", 3),
                evidenceDimensions(s.get("newsagg.sink.evidence-dimensions", DEFAULT_EVIDENCE_DIMENSIONS)));
    }

    private static List<String> evidenceDimensions(String value) {
        if (value.equalsIgnoreCase("none")) return List.of();
        return Dimensions.require(Arrays.stream(value.split(",")).map(String::strip).filter(d -> !d.isEmpty())
                .toList(), "newsagg.sink.evidence-dimensions");
    }

    /** The Kafka Streams properties of this stage; {@code applicationServer} is host:port of the API, or null. */
    public Properties streamsProperties(String applicationServer) {
        Properties p = stage.streamsProperties();
        p.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, cacheMaxBytes);
        if (applicationServer != null) p.put(StreamsConfig.APPLICATION_SERVER_CONFIG, applicationServer);
        return p;
    }
}
