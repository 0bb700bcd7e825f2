package org.newsagg.streams.tagging;

import java.nio.file.Path;
import org.newsagg.model.Settings;

public record TaggingSettings(Path dictionaryDir) {
    public static TaggingSettings defaults() {
        return new TaggingSettings(null);
    }

    public static TaggingSettings from(Settings s) {
        String dir = s.get("newsagg.tagging.dictionary-dir", null);
        return new TaggingSettings(dir == null ? null : Path.of(dir));
    }
}
