package org.newsagg.streams.dedupe;

import java.time.Duration;
import org.newsagg.model.Settings;

/** Dedupe knobs. */
public record DedupeSettings(Duration retention, double nearThreshold) {
    public static DedupeSettings defaults() {
        return new DedupeSettings(Duration.ofDays(7), 0.8);
    }

    public static DedupeSettings from(Settings s) {
        return new DedupeSettings(s.getDuration("newsagg.dedupe.retention", Duration.ofDays(7)),
                s.getDouble("newsagg.dedupe.near-threshold", 0.8));
    }
}
