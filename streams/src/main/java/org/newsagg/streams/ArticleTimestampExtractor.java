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
        return record.timestamp() >= 0 ? record.timestamp() : partitionTime;
    }
}
