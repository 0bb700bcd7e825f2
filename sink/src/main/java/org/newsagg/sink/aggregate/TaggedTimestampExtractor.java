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
        // No publication time: the record will be dead-lettered. Its own timestamp may be wall-clock time, which
        // would move stream time far ahead and make the next articles look late; the partition's time (0 before
        // the first record, never negative: Streams drops negative times silently) does not.
        return Math.max(partitionTime, 0);
    }
}
