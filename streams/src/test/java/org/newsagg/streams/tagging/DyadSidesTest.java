package org.newsagg.streams.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsagg.streams.tagging.TaggedSentences.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two sides of an event are two actors (issue 20: the demo showed "China -> Chinese government"): a country
 * named as such is its state, so it is never the other side of its own government, military or police, while a
 * domestic event between different actors keeps both. Every sentence was written for this test.
 */
class DyadSidesTest {

    @Test
    void jointAgreementIsReciprocalAndTheCapitalOfATimeClauseIsNoTarget() {
        assertEquals(List.of("030 POL->LTU", "030 LTU->POL"), events("Poland and Lithuania agreed on Monday to pool "
                + "their air defences, after foreign ministers Zbigniew Rau and Gabrielius Landsbergis met in Warsaw."));
    }

    @Test
    void theJoinedSubjectsOwnMinistersInATimeClauseAreNotTheirTargets() {
        assertEquals(List.of("030 UKR->RUS", "030 RUS->UKR", "040 UKRGOV->RUSGOV", "040 RUSGOV->UKRGOV"),
                events("Ukraine and Russia agreed on Thursday to open humanitarian corridors, after foreign "
                        + "ministers Dmytro Kuleba and Sergei Lavrov met in Turkey."));
    }

    @Test
    void roleBeforeTheFirstOfTwoCountriesBelongsToBoth() {
        assertEquals(List.of("031 POLGOV->LTUGOV", "031 LTUGOV->POLGOV"),
                events("The foreign ministers of Poland and Lithuania promised on Monday to work together on air "
                        + "defence."));
    }

    @Test
    void aCountryIsNotTheOtherSideOfItsOwnMilitary() {
        assertEquals(List.of("152 TWN->-"), events("Taiwan placed its armed forces on high alert as Chinese warships "
                + "came close."));
    }

    @Test
    void domesticEventsBetweenDifferentActorsStay() {
        assertEquals(List.of("173 ZWECOP->ZWEOPP"),
                events("Zimbabwean police arrested members of the Zimbabwean opposition."));
    }

    @Test
    void roleWordBeforeAPlaceIsTheSubjectOfThatPlacesCountry() {
        assertEquals(List.of("181 NGAINS->NGACOP"),
                events("Gunmen in northern Nigeria kidnapped Nigerian police officers on Friday."));
    }

    @Test
    void itsRoleWordIsOfTheCountryNamedBeforeSoTheSpeakerIsNotItsOtherSide() {
        assertEquals(List.of("190 TURMIL->-"),
                events("Turkey's foreign ministry said its troops strike only armed positions."));
    }
}
