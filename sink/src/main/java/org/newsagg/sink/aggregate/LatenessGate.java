package org.newsagg.sink.aggregate;

import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.newsagg.model.DeadLetters;
import org.newsagg.model.TaggedArticle;

/**
 * Decides once per article whether it is too late to count: published more than the grace period before the
 * newest publication time this task has seen. A late article is not silently dropped: it leaves for the dead-letter
 * topic with the reason in its headers and is counted in the late metric. Deciding here, before the article fans
 * out to its keys, means an article is either counted under all its keys or under none.
 */
public final class LatenessGate implements FixedKeyProcessor<String, TaggedArticle, Gated> {

    private final Duration grace;
    private final Runnable onLate;
    private FixedKeyProcessorContext<String, Gated> context;

    public LatenessGate(Duration grace, Runnable onLate) {
        this.grace = grace;
        this.onLate = onLate;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Gated> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, TaggedArticle> record) {
        long streamTime = context.currentStreamTimeMs();
        long ts = record.timestamp();
        if (ts < streamTime - grace.toMillis()) {
            onLate.run();
            String why = "article published " + Instant.ofEpochMilli(ts) + " arrived after stream time "
                    + Instant.ofEpochMilli(streamTime) + " minus the grace period " + grace;
            var meta = context.recordMetadata();
            DeadLetters.annotate(record.headers(), "late", why, null, "sink",
                    meta.map(m -> m.topic()).orElse(null), meta.map(m -> m.partition()).orElse(-1),
                    meta.map(m -> m.offset()).orElse(-1L));
            context.forward(record.withValue(new Gated(record.value(), why)));
        } else {
            context.forward(record.withValue(new Gated(record.value(), null)));
        }
    }
}
