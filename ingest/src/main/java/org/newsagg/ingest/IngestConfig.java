package org.newsagg.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.newsagg.ingest.feeds.FeedParser;
import org.newsagg.ingest.publish.ProducerBatching;
import org.newsagg.model.Settings;
import org.newsagg.model.Topics;

/**
 * Typed configuration of the ingest process; every key, its env var and default is listed in docs/ingest.md.
 * Kafka client properties are every {@code kafka.*} setting with the prefix removed.
 */
public record IngestConfig(
        String bootstrapServers,
        Map<String, String> kafka,
        Topics topics,
        Path feedsFile,
        Duration defaultInterval,
        double jitter,
        Duration maxBackoff,
        Duration connectTimeout,
        Duration readTimeout,
        int maxRedirects,
        long maxBodyBytes,
        String userAgent,
        int seenIdsPerFeed,
        int pollThreads,
        Duration futureSkew,
        Path recordDir,
        boolean fetchFullText,
        ProducerBatching batching,
        Duration minInterval,
        Duration hostGap,
        Duration deadline,
        Path stateDir,
        int maxRequests) {

    public static final String USER_AGENT = "newsagg/0.1 (+https://github.com/newsagg)";

    /** The shortest poll interval a feed list may ask for, unless {@code newsagg.ingest.poll.min-interval} says. */
    public static final Duration MIN_INTERVAL = Duration.ofMinutes(1);

    public IngestConfig {
        kafka = Map.copyOf(kafka);
        if (jitter < 0 || jitter >= 1) throw new IllegalArgumentException("newsagg.ingest.poll.jitter must be in [0, 1), got " + jitter);
        if (maxRedirects < 0) throw new IllegalArgumentException("newsagg.ingest.http.max-redirects must be 0 or more");
        if (maxBodyBytes <= 0) throw new IllegalArgumentException("newsagg.ingest.max-body-bytes must be positive");
        if (seenIdsPerFeed <= 0) throw new IllegalArgumentException("newsagg.ingest.seen-ids-per-feed must be positive");
        if (pollThreads <= 0) throw new IllegalArgumentException("newsagg.ingest.poll.threads must be positive");
        if (minInterval.isNegative() || minInterval.isZero()) {
            throw new IllegalArgumentException("newsagg.ingest.poll.min-interval must be positive, got " + minInterval);
        }
        if (defaultInterval.compareTo(minInterval) < 0) {
            throw new IllegalArgumentException("newsagg.ingest.poll.interval " + defaultInterval
                    + " is below newsagg.ingest.poll.min-interval " + minInterval);
        }
        if (maxRequests <= 0) throw new IllegalArgumentException("newsagg.ingest.poll.max-requests must be positive");
        if (hostGap.isNegative()) throw new IllegalArgumentException("newsagg.ingest.poll.host-gap must be 0 or more");
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("newsagg.ingest.http.deadline must be positive, got " + deadline);
        }
    }

    public static IngestConfig from(Settings s) {
        String feeds = s.get("newsagg.ingest.feeds", null);
        String record = s.get("newsagg.ingest.record-dir", null);
        String state = s.get("newsagg.ingest.state-dir",
                Path.of(System.getProperty("java.io.tmpdir"), "newsagg-ingest-state").toString());
        return new IngestConfig(
                s.bootstrapServers(),
                s.withPrefix("kafka."),
                Topics.from(s),
                feeds == null ? null : Path.of(feeds),
                s.getDuration("newsagg.ingest.poll.interval", Duration.ofMinutes(15)),
                s.getDouble("newsagg.ingest.poll.jitter", 0.1),
                s.getDuration("newsagg.ingest.poll.max-backoff", Duration.ofHours(6)),
                s.getDuration("newsagg.ingest.http.connect-timeout", Duration.ofSeconds(10)),
                s.getDuration("newsagg.ingest.http.read-timeout", Duration.ofSeconds(30)),
                s.getInt("newsagg.ingest.http.max-redirects", 5),
                s.getLong("newsagg.ingest.max-body-bytes", FeedParser.DEFAULT_MAX_BODY_BYTES),
                s.get("newsagg.ingest.http.user-agent", USER_AGENT),
                s.getInt("newsagg.ingest.seen-ids-per-feed", 10_000),
                s.getInt("newsagg.ingest.poll.threads", 4),
                s.getDuration("newsagg.ingest.future-skew", FeedParser.DEFAULT_FUTURE_SKEW),
                record == null ? null : Path.of(record),
                s.getBoolean("newsagg.ingest.fetch-full-text", false),
                new ProducerBatching(
                        s.getInt("newsagg.ingest.producer.batch-size", ProducerBatching.DEFAULT.batchSizeBytes()),
                        s.getDuration("newsagg.ingest.producer.linger", ProducerBatching.DEFAULT.linger())),
                s.getDuration("newsagg.ingest.poll.min-interval", MIN_INTERVAL),
                s.getDuration("newsagg.ingest.poll.host-gap", Duration.ofSeconds(2)),
                // a third of the shortest interval: a publisher trickling bytes gives up its turn long before the
                // feed is due again
                s.getDuration("newsagg.ingest.http.deadline", Duration.ofSeconds(20)),
                Path.of(state),
                // bodies in flight are each up to max-body-bytes: 8 of 10 MB fit a 256 MB heap beside the parses
                s.getInt("newsagg.ingest.poll.max-requests", 8));
    }

    /** Every default, as if no setting were given. */
    public static IngestConfig defaults() {
        return from(Settings.of(Map.of()));
    }

    /** Properties for {@link org.newsagg.ingest.publish.ArticlePublisher}: the kafka.* settings and the bootstrap. */
    public Map<String, Object> producerProperties() {
        Map<String, Object> props = new HashMap<>(kafka);
        props.put("bootstrap.servers", bootstrapServers);
        return props;
    }

    /** The parser these limits describe. */
    public FeedParser parser() {
        return new FeedParser(maxBodyBytes, futureSkew);
    }
}
