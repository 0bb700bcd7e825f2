package org.newsagg.streams;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;
import org.newsagg.model.Article;

/**
 * Event time is the article's publication time, whatever the record's timestamp says: a topic written by another
 * producer, or re-published dead letters, must window the same as a replay.
 */
public final class ArticleTimestampExtractor implements TimestampExtractor {
    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        if (record.value() instanceof Article a && a.published() != null) return a.published().toEpochMilli();
        // No publication time: the record will be dead-lettered. Its own timestamp may be wall-clock time, which
        // would move stream time far ahead and make the next articles look late; the partition's time (0 before
        // the first record, never negative: Streams drops negative times silently) does not.
        return Math.max(partitionTime, 0);
    }
}
