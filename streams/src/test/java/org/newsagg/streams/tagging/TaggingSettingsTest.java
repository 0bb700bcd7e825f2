package org.newsagg.streams.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsagg.model.Settings;

class TaggingSettingsTest {

    @Test
    void defaultsUseBundledDictionariesOnly() {
        assertEquals(new TaggingSettings(null, 200, 20), TaggingSettings.defaults());
    }

    @Test
    void readsDocumentedKeysFromOverridesAndEnvironment() {
        Settings s = Settings.of(Map.of("newsagg.tagging.dictionary-dir", "/etc/newsagg/dict"),
                Map.of("NEWSAGG_TAGGING_MAX_SENTENCES", "50", "NEWSAGG_TAGGING_MAX_UNRESOLVED", "5"));

        assertEquals(new TaggingSettings(Path.of("/etc/newsagg/dict"), 50, 5), TaggingSettings.from(s));
    }

    @Test
    void rejectsAZeroSentenceBudget() {
        Settings s = Settings.of(Map.of("newsagg.tagging.max-sentences", "0"));

        assertThrows(IllegalArgumentException.class, () -> TaggingSettings.from(s));
    }
}
