package org.newsagg.streams.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
