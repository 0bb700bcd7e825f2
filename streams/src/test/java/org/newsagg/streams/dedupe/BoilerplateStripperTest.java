package org.newsagg.streams.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateStripperTest {

    private final BoilerplateStripper stripper = new BoilerplateStripper();

    @Test
    void dropsBylinesCreditedCaptionsAndNewsletterPitchesButKeepsTheStory() {
        String text = "Accessibility links\nBy Hana Oort, Staff Reporter\n"
                + "The river rose two metres overnight.\n"
                + "A rescuer carries a child (Photo credit: Agency/Staff)\n"
                + "Reporting by Lee Ward; Editing by Ana Cruz\n"
                + "Sign up for our newsletter to get the morning briefing.";
        assertEquals("The river rose two metres overnight.", stripper.strip(text));
    }

    @Test
    void removesAnInlinePhotoCreditFromAStoryLine() {
        assertEquals("The bridge at Halden was closed on Monday.",
                stripper.strip("The bridge at Halden (photo: Agency) was closed on Monday."));
    }

    @Test
    void keepsALongParagraphThatStartsWithBy() {
        String paragraph = "By the time the water reached the square, most families had already left their homes "
                + "and moved to the shelters the town had opened in three school gymnasiums on the hill above the "
                + "river, where volunteers handed out blankets and hot soup through the night.";
        assertEquals(paragraph, stripper.strip(paragraph));
    }

    @Test
    void splitsLinesAtEveryKindOfLineBreak() {
        String text = "First line.\r\nSecond line.\rThird line.\u2028Read more: elsewhere\u000BFourth line.\n\n  \n";
        assertEquals("First line.\nSecond line.\nThird line.\nFourth line.", stripper.strip(text));
    }

    @Test
    void dropsLinesWhosePhraseIsAnywhereWhateverTheirCase() {
        String text = "Copyright 2026 Northern Wire. ALL RIGHTS RESERVED.\n"
                + "The ferry to Osvik resumed on Tuesday.\n"
                + "We use Cookies to give you the best experience.\n"
                + "Get the Evening Briefing NEWSLETTER free.";
        assertEquals("The ferry to Osvik resumed on Tuesday.", stripper.strip(text));
    }

    @Test
    void keywordPreFilterChangesNoResult() {
        // The same patterns with every one tried on every line: the pre-filter only skips lines they cannot match.
        BoilerplateStripper unfiltered = new BoilerplateStripper(ResourceLines.read("/dedupe/boilerplate.txt"),
                ResourceLines.read("/dedupe/boilerplate-inline.txt"));
        List<String> lines = new ArrayList<>();
        for (String edit : ResourceLines.read("/dedupe/syndication-edits.txt")) lines.add(edit.substring(edit.indexOf(':') + 1));
        lines.addAll(List.of("The council said the terms of the lease were fair.", "Terms of use", "Privacy Policy",
                "A rescuer carries a child (Photo credit: Agency/Staff)", "Free trial offers ended in May.",
                "She declined to subscribe to the theory.", "Newsletter", "KUKI cookie jar"));
        int dropped = 0;
        for (String line : lines) {
            assertEquals(unfiltered.strip(line), stripper.strip(line), line);
            if (stripper.strip(line).isEmpty()) dropped++;
        }
        assertEquals(20, dropped); // all but the lease, the theory and the jar
    }
}
