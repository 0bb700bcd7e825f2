package org.newsagg.sink.aggregate;

import java.time.Instant;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.newsagg.model.DeadLetters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First step of the by-key task: notes the watermarks a contribution carries from its join task
 * ({@link InputWatermarks}), and checks that the windows it falls in still exist. They always do for what the
 * dedupe stage found on time and the sink reads in dedupe order: state is deleted only the retention behind the
 * slowest input ({@link StateSweeper}). A record out of that order (another producer writing the tagged topic,
 * unstamped records of an older version) could still miss them, and is not dropped in silence: each of its
 * contributions goes to the dead-letter topic with reason {@code expired}, is counted in {@code newsagg.contributions.expired}, and
 * logged.
 */
final class ExpiryGuard implements FixedKeyProcessor<String, ContributionBatch, CheckedBatch> {

    private static final Logger log = LoggerFactory.getLogger(ExpiryGuard.class);

    private final int expectedOrigins;
    private final Runnable onExpired;
    private FixedKeyProcessorContext<String, CheckedBatch> context;
    private InputWatermarks watermarks;

    ExpiryGuard(int expectedOrigins, Runnable onExpired) {
        this.expectedOrigins = expectedOrigins;
        this.onExpired = onExpired;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, CheckedBatch> context) {
        this.context = context;
        this.watermarks = new InputWatermarks(context.getStateStore(AggregateStores.INPUT_WATERMARKS), expectedOrigins);
    }

    @Override
    public void process(FixedKeyRecord<String, ContributionBatch> record) {
        // Every contribution of a batch carries its article's stamps and publication time (ContributionBatch).
        Contribution c = record.value().first();
        if (c.origin() != null && c.watermark() != null) watermarks.seen(c.origin(), c.watermark().toEpochMilli());
        if (c.origin() != null && c.slowestInput() != null) {
            watermarks.seenSlowest(c.origin(), c.slowestInput().toEpochMilli());
        }
        long published = c.published().toEpochMilli();
        long swept = watermarks.sweptTo();
        if (published >= swept) {
            context.forward(record.withValue(new CheckedBatch(record.value(), null)));
            return;
        }
        String why = "contribution published " + c.published() + " reached the by-key task after its windows were "
                + "deleted: state is kept back to " + Instant.ofEpochMilli(swept);
        for (int i = 0; i < record.value().contributions().size(); i++) onExpired.run(); // a letter each
        log.warn("dead-lettering {} under {} keys: {}", c.articleId(), record.value().contributions().size(), why);
        var meta = context.recordMetadata();
        DeadLetters.annotate(record.headers(), "expired", why, null, "sink", meta.map(m -> m.topic()).orElse(null),
                meta.map(m -> m.partition()).orElse(-1), meta.map(m -> m.offset()).orElse(-1L));
        context.forward(record.withValue(new CheckedBatch(record.value(), why)));
    }
}
