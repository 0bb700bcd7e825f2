package org.newsagg.sink.aggregate;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.newsagg.model.DuplicateArticle;

/**
 * Rejects records on the duplicates topic that parsed as JSON but are not a copy of anything, so they reach the
 * dead-letter topic with their source and original bytes instead of being filtered away unseen.
 */
public final class DuplicateValidator implements FixedKeyProcessor<String, DuplicateArticle, DuplicateArticle> {

    private FixedKeyProcessorContext<String, DuplicateArticle> context;

    @Override
    public void init(FixedKeyProcessorContext<String, DuplicateArticle> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, DuplicateArticle> record) {
        DuplicateArticle d = record.value();
        if (d == null || d.article() == null || d.duplicateOf() == null || d.verdict() == null) {
            throw new IllegalArgumentException("duplicates record is not a copy: it needs article, verdict and duplicateOf");
        }
        context.forward(record);
    }
}
