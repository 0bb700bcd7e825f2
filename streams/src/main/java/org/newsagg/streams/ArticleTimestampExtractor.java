package org.newsagg.streams;

import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;
import org.newsagg.model.Article;

/**
 * Event time is the article's publication time, whatever the record's timestamp says: a topic written by another
 * producer, or re-published dead letters, must window the same as a replay.
 *
 * <p>But never later than the wall clock plus {@link #FUTURE_SKEW}: stream time only moves forward, and the dedupe
 * task's stream time is the watermark lateness is decided on, so one article dated hours ahead (a publisher's wrong
 * time zone, from a producer that does not correct it as ingest does) would make every article of the next hours
 * late. Replays of archives, dated in the past, are never capped, so a replay still decides exactly as the live run.
 */
public final class ArticleTimestampExtractor implements TimestampExtractor {

    /** As ingest's default future skew: what a publisher's clock may run ahead. */
    public static final long FUTURE_SKEW = Duration.ofMinutes(10).toMillis();

    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        if (record.value() instanceof Article a && a.published() != null) {
            return Math.min(a.published().toEpochMilli(), System.currentTimeMillis() + FUTURE_SKEW);
        }
        // No publication time: the record will be dead-lettered. Its own timestamp may be wall-clock time, which
        // would move stream time far ahead and make the next articles look late; the partition's time (0 before
        // the first record, never negative: Streams drops negative times silently) does not.
        return Math.max(partitionTime, 0);
    }
}
