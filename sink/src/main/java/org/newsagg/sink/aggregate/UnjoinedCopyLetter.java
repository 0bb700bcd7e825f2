package org.newsagg.sink.aggregate;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.newsagg.model.DeadLetters;
import org.newsagg.model.DuplicateArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A copy whose original can no longer come, as a dead letter: the copy itself, reason {@code unjoined}. */
final class UnjoinedCopyLetter implements FixedKeyProcessor<String, JoinResult, DuplicateArticle> {

    private static final Logger log = LoggerFactory.getLogger(UnjoinedCopyLetter.class);

    private FixedKeyProcessorContext<String, DuplicateArticle> context;

    @Override
    public void init(FixedKeyProcessorContext<String, DuplicateArticle> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, JoinResult> record) {
        JoinResult r = record.value();
        log.warn("dead-lettering {}", r.why());
        DeadLetters.annotate(record.headers(), "unjoined", r.why(), null, "sink", null, -1, -1L);
        context.forward(record.withValue(r.unjoined()));
    }
}
