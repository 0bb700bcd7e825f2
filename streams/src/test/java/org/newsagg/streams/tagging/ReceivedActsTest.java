package org.newsagg.streams.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsagg.streams.tagging.TaggedSentences.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Acts the subject receives ("drew criticism", "came in for criticism", "have faced shelling"): the subject is the
 * target, and the source is whoever is named before the event noun, else no one. Every sentence was written for this
 * test.
 */
class ReceivedActsTest {

    @Test
    void criticismTheSubjectDrewHasNoNamedCritic() {
        assertEquals(List.of("111 -->JPNGOV"), events("Japan's government drew sharp criticism after the vote."));
        assertEquals(List.of("111 -->MEXMIL"), events("The Mexican army has come in for criticism over the raid."));
    }

    @Test
    void shellingATownFacedIsDoneByWhoeverIsNamedBeforeTheNoun() {
        assertEquals(List.of("194 AZE->ARM"), events("Border towns in Armenia have faced Azerbaijani shelling for a week."));
    }

    @Test
    void consultingANamedPartyIsCodedBothWays() {
        // Not a received act, but the same question of sides: consulting is done together, as talks are.
        assertEquals(List.of("040 OSCE->MDA", "040 MDA->OSCE"), events("The OSCE consults Moldova on electoral reform."));
    }
}
