package org.newsagg.sink.aggregate;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.newsagg.model.TaggedArticle;

/**
 * Rejects records on the tagged topic that parsed as JSON but are not a tagged article with an id and a publication
 * time, so they reach the dead-letter topic naming this topic and keeping their original bytes. Whether an article
 * is late is not the sink's question any more: the dedupe stage decided it once (every tagged article is on time).
 */
public final class TaggedValidator implements FixedKeyProcessor<String, TaggedArticle, TaggedArticle> {

    private FixedKeyProcessorContext<String, TaggedArticle> context;

    @Override
    public void init(FixedKeyProcessorContext<String, TaggedArticle> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, TaggedArticle> record) {
        TaggedArticle t = record.value();
        if (t == null || t.article() == null || t.article().id() == null || t.article().published() == null) {
            throw new IllegalArgumentException("tagged record is not a tagged article with an id and a published time");
        }
        context.forward(record);
    }
}
