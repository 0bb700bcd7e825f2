package org.newsagg.streams.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsagg.model.Settings;

class DedupeSettingsTest {

    @Test
    void withoutSettingsTheDefaultsApply() {
        assertEquals(DedupeSettings.defaults(), DedupeSettings.from(Settings.of(Map.of())));
    }

    @Test
    void keysUnderNewsaggDedupeOverrideTheDefaults() {
        DedupeSettings s = DedupeSettings.from(Settings.of(Map.of(
                "newsagg.dedupe.retention", "3d",
                "newsagg.dedupe.near-threshold", "0.7",
                "newsagg.dedupe.story-window", "24h",
                "newsagg.dedupe.bands", "8",
                "newsagg.dedupe.story-date-weight", "0")));
        assertEquals(Duration.ofDays(3), s.retention());
        assertEquals(0.7, s.nearThreshold());
        assertEquals(Duration.ofHours(24), s.storyWindow());
        assertEquals(8, s.bands());
        assertEquals(0.0, s.storyDateWeight());
        assertEquals(DedupeSettings.defaults().storyThreshold(), s.storyThreshold());
    }
}
