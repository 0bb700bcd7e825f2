package org.newsagg.streams.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsagg.streams.tagging.TaggedSentences.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sides of local violence, crime and foiled attacks, as the development set's conventions code them (DEV-GOLD.md,
 * "Conventions added with the extension"): a town names where private people acted, not a state that acted; a
 * demonym on one noun places that noun only; a headline's participle is a passive; a foiled attack's target is its
 * attacker. Every sentence was written for this test.
 */
class LocalViolenceSidesTest {

    @Test
    void aFoiledAttacksTargetIsTheAttackerNotTheShipAttacked() {
        assertEquals(List.of("190 ESPMIL->-"),
                events("The Spanish navy foiled a pirate attack on a Liberian tanker off Kenya."));
        assertEquals(List.of("190 GRCMIL->SOM"),
                events("Greek destroyer repelled an attack by Somali pirates on a Maltese cargo ship."));
    }

    @Test
    void theAttackersNamedInAFoiledAttackAreNeverItsSource() {
        assertEquals(List.of("190 -->SOM"), events("Frigate thwarts Somali pirate attack on Greek freighter"));
    }

    @Test
    void aShootingByPrivatePeopleInATownIsUnconventionalViolence() {
        assertEquals(List.of("180 USACVL->USA"),
                events("A sacked employee shot and killed two colleagues at a warehouse in Seattle on Monday."));
    }

    @Test
    void aHeadlinesParticipleIsAPassiveWithTheUnnamedSubjectAsTarget() {
        assertEquals(List.of("173 -->GBRCVL"), events("Man charged with murder of neighbour in Leeds"));
        assertEquals(List.of("173 -->FRACRM"), events("Lyon: three gang members charged with robbery"));
        assertEquals(List.of("190 UGAMIL->-"), events("Teen shot dead by Ugandan soldiers"));
    }

    @Test
    void aPlaceThatOnlyModifiesTheVictimDoesNotPlaceTheArrested() {
        assertEquals(List.of(), events("Student arrested in stabbing of Lyon shopkeeper"));
    }

    @Test
    void aPlaceHitByAnEventNounIsItsTargetWithNoSource() {
        assertEquals(List.of("171 -->ESPGOV"), events("Madrid jewellery store hit by $3 million heist"));
    }

    @Test
    void aDemonymOnTheTargetDoesNotPlaceTheCrowdThatActs() {
        assertEquals(List.of("145 -->CHL"), events("Protesters torch Chilean bank"));
        assertEquals(List.of("145 CHLCVL->CHLLEG"), events("Protesters stormed the parliament in Santiago."));
    }

    @Test
    void anUnknownPersonSentencedOrShotInAPlacedStoryIsAPrivatePersonOfThatCountry() {
        assertEquals(List.of("172 USAJUD->USA"), events("A Seattle judge sentenced Mark Dolan to ten years in prison."));
    }

    @Test
    void anUnknownVictimWithNoPlaceNamedStaysUnnamed() {
        // "Dutch" names the navy's country, not where the capture happened.
        assertEquals(List.of("173 NLDMIL->-"), events("The Dutch navy captured nine pirates off Oman."));
    }

    @Test
    void forceAimedAtPeopleIsDoneToThem() {
        assertEquals(List.of("145 FRACVL->FRACOP"), events("Rioters threw stones at police in Lyon on Saturday."));
        assertEquals(List.of("175 CHLCOP->CHLEDU"), events("Chilean police fired tear gas at students in Santiago."));
    }
}
