package org.newsagg.sink.aggregate;

import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.newsagg.model.DeadLetters;
import org.apache.kafka.streams.state.KeyValueStore;
import org.newsagg.model.TaggedArticle;

/**
 * Decides once per article whether it is too late to count: published more than the grace period before the
 * newest tagged article this task has seen. The gate keeps that clock itself, in a store, rather than using the
 * task's stream time: the task also reads the duplicates topic, which runs ahead of the tagged topic (copies skip
 * tagging), and must not make on-time articles look late. A late article is not silently dropped: it leaves for the dead-letter
 * topic with the reason in its headers and is counted in the late metric. Deciding here, before the article fans
 * out to its keys, means an article is either counted under all its keys or under none.
 */
public final class LatenessGate implements FixedKeyProcessor<String, TaggedArticle, Gated> {

    private static final String CLOCK_KEY = "newest-published";

    private final Duration grace;
    private final Runnable onLate;
    private FixedKeyProcessorContext<String, Gated> context;
    private KeyValueStore<String, Long> clock;

    public LatenessGate(Duration grace, Runnable onLate) {
        this.grace = grace;
        this.onLate = onLate;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Gated> context) {
        this.context = context;
        this.clock = context.getStateStore(AggregateStores.GATE_CLOCK);
    }

    @Override
    public void process(FixedKeyRecord<String, TaggedArticle> record) {
        TaggedArticle t = record.value();
        // Checked here, at the tagged topic, so a dead letter names this topic and keeps the original bytes.
        if (t == null || t.article() == null || t.article().id() == null || t.article().published() == null) {
            throw new IllegalArgumentException("tagged record is not a tagged article with an id and a published time");
        }
        long ts = record.timestamp();
        Long newest = clock.get(CLOCK_KEY);
        long streamTime = newest == null ? ts : Math.max(newest, ts);
        if (newest == null || ts > newest) clock.put(CLOCK_KEY, ts);
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
