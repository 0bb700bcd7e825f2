package org.newsagg.sink.aggregate;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.newsagg.model.DuplicateArticle;

/** Wraps a copy for the join with the duplicates partition it was read from (see {@link SinkInput}). */
final class CopySource implements FixedKeyProcessor<String, DuplicateArticle, SinkInput> {

    private FixedKeyProcessorContext<String, SinkInput> context;

    @Override
    public void init(FixedKeyProcessorContext<String, SinkInput> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, DuplicateArticle> record) {
        int partition = context.recordMetadata().map(m -> m.partition()).orElse(0);
        context.forward(record.withValue(SinkInput.of(record.value(), partition)));
    }
}
