package org.newsagg.sink.aggregate;

import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.newsagg.model.DeadLetters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First step of the by-key task: notes the watermark a contribution carries from its join task
 * ({@link InputWatermarks}), and checks that the windows it falls in still exist. They always do for an article
 * the dedupe stage found on time: state is deleted only the retention behind the slowest input
 * ({@link StateSweeper}). Two cases could still miss them, and neither is dropped in silence: a copy whose path
 * (duplicates topic, then the join) lagged its original's by more than the retention minus the copy grace, and,
 * beyond any sweep, windows older than the stores' own hard bound behind the newest article counted
 * ({@link AggregateStores#storeRetention}). Such a contribution goes to the dead-letter topic with reason
 * {@code expired}, is counted in {@code newsagg.contributions.expired}, and logged.
 */
final class ExpiryGuard implements FixedKeyProcessor<String, Contribution, CheckedContribution> {

    private static final Logger log = LoggerFactory.getLogger(ExpiryGuard.class);

    private static final long DAY = Duration.ofDays(1).toMillis();

    private final int expectedOrigins;
    private final long hardBound;
    private final Runnable onExpired;
    private FixedKeyProcessorContext<String, CheckedContribution> context;
    private InputWatermarks watermarks;

    ExpiryGuard(int expectedOrigins, Duration hardBound, Runnable onExpired) {
        this.expectedOrigins = expectedOrigins;
        this.hardBound = hardBound.toMillis();
        this.onExpired = onExpired;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, CheckedContribution> context) {
        this.context = context;
        this.watermarks = new InputWatermarks(context.getStateStore(AggregateStores.INPUT_WATERMARKS), expectedOrigins);
    }

    @Override
    public void process(FixedKeyRecord<String, Contribution> record) {
        Contribution c = record.value();
        if (c.origin() != null && c.watermark() != null) watermarks.seen(c.origin(), c.watermark().toEpochMilli());
        long published = c.published().toEpochMilli();
        long swept = watermarks.sweptTo();
        long newest = watermarks.newest();
        String why = null;
        if (published < swept) {
            why = "contribution published " + c.published() + " reached the by-key task after its windows were "
                    + "deleted: state is kept back to " + Instant.ofEpochMilli(swept);
        } else if (newest > Long.MIN_VALUE + hardBound && published < newest - hardBound + DAY) {
            // A day of margin: the stores' expiry goes by whole segments and window starts, not by the minute.
            why = "contribution published " + c.published() + " is older than the stores' bound "
                    + Duration.ofMillis(hardBound) + " behind the newest counted here, " + Instant.ofEpochMilli(newest);
        }
        if (why == null) {
            watermarks.counted(published);
            context.forward(record.withValue(new CheckedContribution(c, null)));
            return;
        }
        onExpired.run();
        log.warn("dead-lettering {} under {}: {}", c.articleId(), c.groupKey(), why);
        var meta = context.recordMetadata();
        DeadLetters.annotate(record.headers(), "expired", why, null, "sink", meta.map(m -> m.topic()).orElse(null),
                meta.map(m -> m.partition()).orElse(-1), meta.map(m -> m.offset()).orElse(-1L));
        context.forward(record.withValue(new CheckedContribution(c, why)));
    }
}
