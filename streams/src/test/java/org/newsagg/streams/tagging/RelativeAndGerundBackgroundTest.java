package org.newsagg.streams.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsagg.streams.tagging.TaggedSentences.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Acts named only to say which one is meant, or as the content of another word: a restrictive relative clause, a
 * gerund after a preposition, and a pattern's object slot that would reach into a relative clause. Every sentence was
 * written for this test.
 */
class RelativeAndGerundBackgroundTest {

    @Test
    void anObjectSlotStopsAtARelativeClauseSoTheVerbKeepsItsOwnCode() {
        // Not 181 (capturing a ship): the ship is the pirates' target, in their relative clause.
        assertEquals(List.of("173 NLDMIL->-"),
                events("The Dutch navy has captured nine pirates who attacked a cargo ship near Oman."));
    }

    @Test
    void aRelativeClauseWithNoCommaOnlySaysWhichOneIsMeant() {
        assertEquals(List.of(), events("A Turkish smuggler who was arrested by Greek police last week died in hospital."));
        assertEquals(List.of(), events("A Spanish diplomat who was speaking on condition of anonymity to discuss the "
                + "talks said Moroccan officials had left."));
    }

    @Test
    void theMainClauseBeforeARelativeClauseSetOffByACommaIsStillCoded() {
        assertEquals(List.of("173 GRCCOP->TUR"),
                events("Greek police arrested a Turkish smuggler, who was later charged in Athens."));
    }

    @Test
    void aGerundAfterAPrepositionIsNoActOfItsOwn() {
        assertEquals(List.of(), events("French officials see many risks in attacking the smugglers' camps in Libya."));
        assertEquals(List.of(), events("A Serbian suspect died in his cell in Zagreb within hours of being detained."));
    }
}
