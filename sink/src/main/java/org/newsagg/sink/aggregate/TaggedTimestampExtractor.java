package org.newsagg.sink.aggregate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;
import org.newsagg.model.TaggedArticle;

/** Event time is the article's publication time, whatever the record's timestamp says. */
public final class TaggedTimestampExtractor implements TimestampExtractor {
    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        if (record.value() instanceof TaggedArticle t && t.article() != null && t.article().published() != null) {
            return t.article().published().toEpochMilli();
        }
        return record.timestamp() >= 0 ? record.timestamp() : partitionTime;
    }
}
