package org.newsagg.streams.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsagg.model.ActorTag;

/** Line breaks, blank lines and whitespace-only lines between paragraphs (the tagger splits on each line break). */
class ArticleTaggerParagraphsTest {

    private static final Instant MARCH_2022 = Instant.parse("2022-03-24T10:00:00Z");
    private static final List<ActorTag> EXPECTED = List.of(new ActorTag("DEU", "DEU", null, "Germany", 2),
            new ActorTag("AUT", "AUT", null, "Austria", 1),
            new ActorTag("FRA", "FRA", null, "France", 1));
    private static ArticleTagger tagger;

    @BeforeAll
    static void load() {
        tagger = ArticleTagger.load(TaggingSettings.defaults());
    }

    @Test
    void blankAndWhitespaceOnlyLinesSeparateParagraphsLikeOneLineBreak() {
        for (String gap : List.of("\n", "\n\n", "\n \t\n\n", "\r\n\r\n", "\n  \n ")) {
            ArticleTags tags = tagger.tag("Germany and France met" + gap + "Germany praised Austria.", MARCH_2022);

            assertEquals(EXPECTED, tags.actors(), "gap " + gap.replace("\n", "\\n").replace("\r", "\\r"));
        }
    }

    @Test
    void leadingAndTrailingBlankLinesAreIgnored() {
        ArticleTags tags = tagger.tag("\n \n\nGermany and France met.\n\nGermany praised Austria.\n\n \n", MARCH_2022);

        assertEquals(EXPECTED, tags.actors());
    }
}
