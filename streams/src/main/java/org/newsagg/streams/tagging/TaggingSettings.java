package org.newsagg.streams.tagging;

import java.nio.file.Path;
import org.newsagg.model.Settings;

/**
 * Configuration of the actor and event tagger, read once per process.
 *
 * @param dictionaryDir   a directory whose files (same names as the bundled ones under {@code tagging/}) add to or
 *                        override the bundled dictionaries without a rebuild; null for the bundled ones only
 * @param maxSentences    sentences read per article; long texts are cut here to bound the cost of one article
 * @param maxUnresolved   unresolved proper-noun sequences reported per article
 */
public record TaggingSettings(Path dictionaryDir, int maxSentences, int maxUnresolved) {

    public static final String DICTIONARY_DIR = "newsagg.tagging.dictionary-dir";
    public static final String MAX_SENTENCES = "newsagg.tagging.max-sentences";
    public static final String MAX_UNRESOLVED = "newsagg.tagging.max-unresolved";

    public TaggingSettings {
        if (maxSentences < 1) throw new IllegalArgumentException(MAX_SENTENCES + " must be at least 1");
        if (maxUnresolved < 0) throw new IllegalArgumentException(MAX_UNRESOLVED + " must not be negative");
    }

    public static TaggingSettings defaults() {
        return new TaggingSettings(null, 200, 20);
    }

    /** Reads {@value #DICTIONARY_DIR}, {@value #MAX_SENTENCES} and {@value #MAX_UNRESOLVED}. */
    public static TaggingSettings from(Settings s) {
        TaggingSettings d = defaults();
        String dir = s.get(DICTIONARY_DIR, null);
        return new TaggingSettings(
                dir == null ? null : Path.of(dir),
                s.getInt(MAX_SENTENCES, d.maxSentences()),
                s.getInt(MAX_UNRESOLVED, d.maxUnresolved()));
    }

    public TaggingSettings withDictionaryDir(Path dir) {
        return new TaggingSettings(dir, maxSentences, maxUnresolved);
    }
}
