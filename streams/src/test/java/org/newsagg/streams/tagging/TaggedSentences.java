package org.newsagg.streams.tagging;

import java.time.Instant;
import java.util.List;
import org.newsagg.model.EventTag;

/**
 * What the sentence tests of the tagger share: one tagger with the bundled dictionaries, loaded once per test JVM (it
 * takes seconds), a date inside the office-holders' terms the sentences name, and the events in one-line form, so
 * that each test asserts the exact codes and sides.
 */
final class TaggedSentences {

    /** When the test sentences are dated: their office-holders' roles hold on this day. */
    static final Instant MARCH_2022 = Instant.parse("2022-03-24T10:00:00Z");

    private static ArticleTagger tagger;

    private TaggedSentences() {}

    static synchronized ArticleTagger tagger() {
        if (tagger == null) tagger = ArticleTagger.load(TaggingSettings.defaults());
        return tagger;
    }

    /** The asserted events of one text, in order, as "code source->target" ("-" for none). */
    static List<String> events(String text) {
        return tagger().tag(text, MARCH_2022).events().stream().filter(EventTag::asserted)
                .map(e -> sides(e)).toList();
    }

    /** Every event of one text, asserted or not, in order, as "code source->target context". */
    static List<String> coded(String text) {
        return tagger().tag(text, MARCH_2022).events().stream().map(e -> sides(e) + " " + e.context()).toList();
    }

    private static String sides(EventTag e) {
        return e.code() + " " + (e.source() == null ? "-" : e.source()) + "->" + (e.target() == null ? "-" : e.target());
    }
}
