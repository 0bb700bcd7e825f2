package org.newsagg.ingest.poll;

import java.time.Duration;

/**
 * When to poll a feed next. On success: its interval, spread by ± jitter so feeds configured alike do not hit
 * servers in step. On failure: the interval doubled per consecutive failure, up to a ceiling, and never sooner
 * than a server's Retry-After.
 */
final class PollSchedule {

    private final double jitter;
    private final Duration maxBackoff;

    PollSchedule(double jitter, Duration maxBackoff) {
        this.jitter = jitter;
        this.maxBackoff = maxBackoff;
    }

    /** @param random a number in [0, 1) */
    Duration nextDelay(Duration interval, int consecutiveFailures, Duration retryAfter, double random) {
        Duration base = interval;
        if (consecutiveFailures > 0) {
            int doublings = Math.min(consecutiveFailures - 1, 30);
            long millis = interval.toMillis() << doublings;
            base = millis < 0 || millis > maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis(millis);
            if (base.compareTo(interval) < 0) base = interval;
        }
        Duration delay = Duration.ofMillis(Math.round(base.toMillis() * (1 + jitter * (2 * random - 1))));
        if (retryAfter != null && delay.compareTo(retryAfter) < 0) delay = retryAfter;
        return delay;
    }
}
