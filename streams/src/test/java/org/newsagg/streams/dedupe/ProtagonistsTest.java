package org.newsagg.streams.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProtagonistsTest {

    private static final Map<String, Long> FERRAND_STORY =
            Map.of("Ferrand", 900L, "Tomas_ferrand", 600L, "Herons", 700L, "knee", 500L);

    @Test
    void protagonistsAreTheHeaviestProperNounsWithTheirTies() {
        assertEquals(Set.of("Ferrand", "Tomas_ferrand"),
                Protagonists.of(Map.of("Ferrand", 300, "Tomas_ferrand", 300, "Herons", 200, "knee", 400)));
        assertEquals(Set.of("Saldana"), Protagonists.of(Map.of("Saldana", 900L, "Herons", 500L)));
        assertEquals(Set.of(), Protagonists.of(Map.of("knee", 400, "surgery", 300)));
    }

    @Test
    void differWhenNeitherNamesTheOthersProtagonist() {
        Map<String, Integer> saldana = Map.of("Saldana", 500, "Herons", 300, "shoulder", 200);
        assertTrue(Protagonists.differ(saldana, Protagonists.of(saldana), FERRAND_STORY));
    }

    @Test
    void doNotDifferWhenEitherNamesTheOthersProtagonist() {
        // A follow-up about the coach that still names the injured player.
        Map<String, Integer> coach = Map.of("Brandt", 500, "Ferrand", 200, "Herons", 300);
        assertFalse(Protagonists.differ(coach, Protagonists.of(coach), FERRAND_STORY));
        // The story already names the article's protagonist.
        Map<String, Integer> herons = Map.of("Herons", 800, "Saldana", 100);
        assertFalse(Protagonists.differ(herons, Protagonists.of(herons), FERRAND_STORY));
    }

    @Test
    void aNameOnlyTheHeadlineGivesStillCounts() {
        // Headline capitals are not evidence, so "ferrand" from a headline is a common word in the profile.
        Map<String, Integer> headlineOnly = Map.of("Brandt", 500, "ferrand", 300, "knee", 200);
        assertFalse(Protagonists.differ(headlineOnly, Protagonists.of(headlineOnly), FERRAND_STORY));
    }

    @Test
    void anArticleOrStoryNamingNoOneNeverDiffers() {
        Map<String, Integer> noNames = Map.of("knee", 500, "surgery", 300);
        assertFalse(Protagonists.differ(noNames, Protagonists.of(noNames), FERRAND_STORY));
        Map<String, Integer> saldana = Map.of("Saldana", 500);
        assertFalse(Protagonists.differ(saldana, Protagonists.of(saldana), Map.of("knee", 900L)));
    }
}
