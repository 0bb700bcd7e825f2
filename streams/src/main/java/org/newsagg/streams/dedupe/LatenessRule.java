package org.newsagg.streams.dedupe;

import java.time.Duration;
import java.time.Instant;
import org.newsagg.model.Settings;

/**
 * When an article is too late to count, decided once, in the single dedupe task, against its watermark: the newest
 * publication time that task has read. That task reads every raw article in one order (the raw topic's single
 * partition, or the one-partition topic gathering them), which a replay reproduces, so the same archive always gives
 * the same verdicts, however many partitions, instances and threads the stages downstream run, and however fast.
 *
 * <ul>
 *   <li>A unique article is late when it was published more than {@code grace} before the watermark.</li>
 *   <li>A copy from another outlet counts in its original's windows, so it is late when its original was published
 *       more than {@code copyGrace} before the watermark, or when its original was itself late (it counts nowhere,
 *       so its spread cannot either).</li>
 *   <li>Re-polls and other copies from the original's own outlet count nowhere anyway, and are never late: they
 *       stay on the duplicates topic however old.</li>
 * </ul>
 *
 * The sink keeps window state for its retention behind the slowest input partition's watermark, so it can count
 * every on-time article: {@code copyGrace} plus the largest window must stay under the sink's retention
 * (docs/sink.md).
 *
 * @param grace     how late a unique article may be ({@code newsagg.streams.grace}, default 1h)
 * @param copyGrace how long after its original a copy from another outlet still counts
 *                  ({@code newsagg.streams.copy-grace}, default 2d)
 */
public record LatenessRule(Duration grace, Duration copyGrace) {

    public static LatenessRule from(Settings s) {
        return new LatenessRule(s.getDuration("newsagg.streams.grace", Duration.ofHours(1)),
                s.getDuration("newsagg.streams.copy-grace", Duration.ofDays(2)));
    }

    /** Why a unique article published at {@code published} is late at {@code watermark}, or null when it is not. */
    public String lateArticle(long published, long watermark) {
        if (published >= watermark - grace.toMillis()) return null;
        return "article published " + Instant.ofEpochMilli(published) + " read after dedupe watermark "
                + Instant.ofEpochMilli(watermark) + " minus the grace period " + grace;
    }

    /**
     * Why a copy from another outlet of an original published at {@code originalPublished} is late at
     * {@code watermark}, or null when it is not.
     */
    public String lateCopy(long originalPublished, long watermark) {
        if (originalPublished >= watermark - copyGrace.toMillis()) return null;
        return "copy of an article published " + Instant.ofEpochMilli(originalPublished) + " read after dedupe watermark "
                + Instant.ofEpochMilli(watermark) + " minus the copy grace period " + copyGrace;
    }
}
