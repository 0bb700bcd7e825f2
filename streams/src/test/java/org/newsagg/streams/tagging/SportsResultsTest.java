package org.newsagg.streams.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsagg.streams.tagging.TaggedSentences.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Teams carry the names of their cities and states, which are actors (places.tsv), so a game's result must not read
 * as force between two places. Every sentence was written for this test.
 */
class SportsResultsTest {

    @Test
    void aResultWithAScoreIsNoEvent() {
        assertEquals(List.of(), events("The Minnesota Vikings beat the Chicago Bears 24-10."));
        assertEquals(List.of(), events("Atlanta beat Dallas 3-1 on Sunday."));
    }

    @Test
    void aResultWithASportsWordIsNoEvent() {
        assertEquals(List.of(), events("Chicago Bulls beat Boston Celtics in overtime."));
        assertEquals(List.of(), events("Real Madrid crushed Barcelona in the cup final."));
    }

    @Test
    void beatingPeopleWithNoGameInTheSentenceIsStillForce() {
        assertEquals(List.of("182 RUSMIL->UKRCVL"), events("Russian soldiers beat Ukrainian prisoners."));
        assertEquals(List.of("175 BLRCOP->BLRCVL"), events("Police beat protesters in Minsk."));
    }
}
