package org.newsagg.runtime;

import java.util.Map;

/**
 * Topic config for the changelog of a window store kept in event time.
 *
 * <p>Kafka expires a {@code compact,delete} changelog by comparing record timestamps with the wall clock. Our window
 * stores are written with articles' publication times, so a replay of last year's archive would have its changelog
 * deleted as it is written, and a restarted task would restore nothing. With broker append time on the changelog, its
 * retention counts from when the state was written. Restoring a window store reads the window from the key, never
 * the record timestamp, so nothing else changes.
 */
public final class EventTimeChangelog {

    public static final Map<String, String> CONFIG = Map.of("message.timestamp.type", "LogAppendTime");

    private EventTimeChangelog() {}
}
