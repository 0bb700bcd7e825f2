package org.newsagg.streams.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsagg.streams.tagging.TaggedSentences.coded;
import static org.newsagg.streams.tagging.TaggedSentences.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence of news often reports more than one event: coordinated clauses, time clauses, a second verb of the same
 * subject. Each event gets its own source and target. Every sentence was written for this test.
 */
class SeveralEventsPerSentenceTest {

    @Test
    void aCoordinatedClauseWithItsOwnSubjectJoinsNoActorOfTheClauseBefore() {
        assertEquals(List.of("111 DEU->RUS", "023 UKR->FRA"),
                events("Germany condemned Russia, and Ukraine asked France for more air defence."));
    }

    @Test
    void aTimeClauseBeforeTheMainClauseIsAnEventOfItsOwn() {
        assertEquals(List.of("161 CHNGOV->EU", "163 EU->CHN"),
                events("After the European Union imposed tariffs on Chinese cars, Beijing expelled EU diplomats."));
    }

    @Test
    void aSecondVerbOfTheSameSubjectTakesItsOwnObject() {
        assertEquals(List.of("040 FRAGOV->DEUGOV", "057 FRAGOV->POL", "057 POL->FRAGOV"),
                events("Macron met Scholz and signed a defence pact with Poland."));
    }

    @Test
    void aPronounOpeningASecondClauseStandsForTheSubjectBeforeNotTheObject() {
        assertEquals(List.of("051 FRAGOV->DEU", "111 FRAGOV->ITA"),
                events("Macron praised Germany, but he criticised Italy."));
    }

    @Test
    void aPronounInATimeClauseStandsForTheMainSubject() {
        assertEquals(List.of("111 USAGOV->RUSGOV"),
                events("Biden angered the Kremlin when he called Putin a dictator."));
    }

    @Test
    void aPronounSubjectOfAPassiveIsItsTarget() {
        assertEquals(List.of("051 KENGOV->KENJUD", "111 HRW->KENGOV"),
                events("The Kenyan government praised the court, but it was criticised by Human Rights Watch."));
    }

    @Test
    void aParticipleWithANamedActorAsItsObjectIsASecondActOfTheMainSubject() {
        assertEquals(List.of("190 INDMIL->-", "173 INDMIL->SOM"),
                events("The Indian Navy thwarted an attack on a tanker, arresting 12 Somali pirates and seizing "
                        + "their weapons."));
    }

    @Test
    void aParticipleWithNoActorAsItsObjectOnlyAddsDetail() {
        assertEquals(List.of("175 EGYCOP->EGYCVL"),
                events("Egyptian police opened fire on protesters in Cairo, killing one person."));
    }

    @Test
    void aClaimWithItsOwnSubjectAfterASecondSpeechVerbIsAnEventOfThatSubject() {
        assertEquals(List.of("1124 USAGOV->RUS", "1312 USAGOV->RUSGOV"),
                events("Biden accused Russia of war crimes and said Washington would impose sanctions on Moscow."));
        assertEquals(List.of("111 NLDGOV->IRN", "190 IRNGOV->NLD"),
                events("The Dutch foreign minister condemned Iran and said that Tehran had attacked a Dutch ship."));
    }

    @Test
    void aHostileAnswerByTheOneActedOnIsAimedAtTheFirstActor() {
        assertEquals(List.of("161 AUS->CHNGOV", "130 CHN->AUS"),
                events("Australia expelled Chinese diplomats, and China vowed to respond."));
    }

    @Test
    void talksInWhichAnActWasDoneAreAConsultationBetweenTheSameTwo() {
        assertEquals(List.of("111 TURGOV->RUSGOV", "040 TURGOV->RUSGOV"),
                events("The Turkish president criticised Putin in talks on Friday."));
    }

    @Test
    void aVisitInWhichAnActWasDoneIsNotBetweenTheActsTwoSides() {
        assertEquals(List.of("111 TURGOV->ISR"), events("The Turkish president criticised Israel during a visit to Jordan."));
    }

    @Test
    void aSecondClauseKeepsItsOwnNegationConditionOrQuestion() {
        assertEquals(List.of("051 FRAGOV->DEU asserted", "111 FRAGOV->ITA negated"),
                coded("Macron praised Germany, but he did not criticise Italy."));
        assertEquals(List.of("051 FRAGOV->DEU asserted", "111 FRAGOV->ITAGOV hypothetical"),
                coded("Macron praised Germany, and if Italy objects, he will criticise Rome."));
        assertEquals(List.of("051 FRAGOV->DEU hypothetical"), coded("Macron praised Germany, but will he criticise Italy?"));
        assertEquals(List.of("190 INDMIL->- asserted", "173 INDMIL->SOM negated"),
                coded("The Indian Navy thwarted an attack on a tanker, but did not arrest any Somali pirates."));
    }

    @Test
    void aClaimWhoseSayingIsNegatedReportsNothing() {
        assertEquals(List.of("111 USAGOV->RUS"),
                events("Biden condemned Russia but did not say that Washington would impose sanctions on Moscow."));
    }

    @Test
    void aSubjectAndAModalOpenAClauseSoTheActorIsNoFurtherObject() {
        assertEquals(List.of("161 AUS->CHNGOV"), events("Australia expelled Chinese diplomats, and China may respond."));
    }

    @Test
    void aTimeClauseInsideABackgroundClauseIsBackgroundToo() {
        assertEquals(List.of("161 SRB->-", "111 SRBGOV->XKX"),
                events("Serbia recalled its envoy as Belgrade criticised Kosovo."));
        assertEquals(List.of("161 SRB->-"), events("Serbia recalled its envoy after a long dispute in which Belgrade "
                + "massed troops as it criticised Kosovo."));
    }

    @Test
    void aRelativeClauseSetOffByACommaReportsAnActOfTheNounItHangsOn() {
        assertEquals(List.of("051 FRAGOV->DEUGOV", "111 DEUGOV->ITA"),
                events("Macron praised Scholz, who later criticised Italy."));
        assertEquals(List.of("043 EGY->ISR", "043 EGY->PSEGOV", "030 ISRGOV->PSEGOV", "030 PSEGOV->ISRGOV"),
                events("Egypt hosted Israeli and Palestinian negotiators, who agreed on a truce."));
    }
}
