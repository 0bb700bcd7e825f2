package org.newsagg.ingest.publish;

import java.time.Duration;

/**
 * How the publisher groups articles into produce requests. The Kafka client's defaults (16 KB batches, 5 ms
 * linger) hold about six 2.5 KB articles per request, so a replay of an archive is paced by request round trips,
 * not by the broker: the bench measured 294 articles/s with them and 2,517 with 256 KB batches (docs/benchmarks.md).
 *
 * @param batchSizeBytes the producer's {@code batch.size}: the most bytes sent to one partition in one request
 * @param linger         the producer's {@code linger.ms}: how long a batch may wait to fill
 */
public record ProducerBatching(int batchSizeBytes, Duration linger) {

    /** 256 KB holds about 100 articles of 2.5 KB; 20 ms adds little to a feed poll and lets a replay fill batches. */
    public static final ProducerBatching DEFAULT = new ProducerBatching(256 * 1024, Duration.ofMillis(20));

    public ProducerBatching {
        if (batchSizeBytes <= 0) {
            throw new IllegalArgumentException("newsagg.ingest.producer.batch-size must be positive, got " + batchSizeBytes);
        }
        if (linger.isNegative()) {
            throw new IllegalArgumentException("newsagg.ingest.producer.linger must not be negative, got " + linger);
        }
    }
}
