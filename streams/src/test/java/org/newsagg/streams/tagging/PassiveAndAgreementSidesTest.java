package org.newsagg.streams.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsagg.streams.tagging.TaggedSentences.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who acts on whom when the word order does not say it: passives and their "by" agents, parties joined by "and"
 * (CAMEO's convention: a two-party act is coded once in each direction), subjects set off by an apposition or a
 * relative clause. Every sentence was written for this test.
 */
class PassiveAndAgreementSidesTest {

    @Test
    void theAgentOfAPassiveIsTheSourceEvenInsideTheMatchedWords() {
        assertEquals(List.of("1123 ISR->IRN"), events("Iran was accused by Israel of attacking a tanker."));
    }

    @Test
    void twoPartiesThatAgreeActOnEachOther() {
        assertEquals(List.of("030 NOR->ESP", "030 ESP->NOR"), events("Norway and Spain agreed on a fishing accord."));
    }

    @Test
    void partiesJoinedBeforeAnEventNounActOnEachOther() {
        assertEquals(List.of("046 CHL->PER", "046 PER->CHL"),
                events("Chile and Peru resumed negotiations on Monday over their maritime border."));
    }

    @Test
    void aListOfThreePartiesJoinedByCommasAndAnAndIsOneSubject() {
        assertEquals(List.of("030 NOR->ESP", "030 NOR->ITA", "030 ESP->NOR", "030 ESP->ITA", "030 ITA->NOR",
                "030 ITA->ESP"), events("Norway, Spain and Italy agreed on a fishing accord."));
    }

    @Test
    void talksAndAgreementsWithANamedPartyAreCodedBothWays() {
        assertEquals(List.of("040 CHLGOV->BOL", "040 BOL->CHLGOV"),
                events("Chilean diplomats held talks with Bolivia on Tuesday."));
        assertEquals(List.of("057 ETH->ERI", "057 ERI->ETH"),
                events("Ethiopia signed a peace agreement with Eritrea in Riyadh."));
    }

    @Test
    void anOfferAndAGiftStayOneWay() {
        assertEquals(List.of("036 CHL->BOL"), events("Chile offered to negotiate with Bolivia."));
        assertEquals(List.of("070 JPN->TUR"), events("Japan sent aid to Turkey."));
    }

    @Test
    void anAttackNamedAfterTheVerbIsAnActOnTheVerbsObject() {
        assertEquals(List.of("190 SYRMIL->TURMIL"),
                events("Syrian aircraft killed 12 Turkish soldiers in a raid on a border post."));
        assertEquals(List.of("190 ETHMIL->SDNAGR"),
                events("Ethiopian troops wounded 30 Sudanese farmers during an attack on their village."));
    }

    @Test
    void aRelativeClauseBetweenSubjectAndVerbLeavesTheSubjectTheSource() {
        assertEquals(List.of("111 RUSGOV->NATO", "040 RUSGOV->CHNGOV"),
                events("Putin, who met Xi on Monday, criticised NATO."));
    }

    @Test
    void anAppositionBetweenSubjectAndVerbLeavesTheSubjectTheSource() {
        assertEquals(List.of("111 TURGOV->ISR"), events("Erdogan, the Turkish president, criticised Israel."));
    }

    @Test
    void anActorInsideARelativeClauseOnTheObjectIsNotTheVerbsTarget() {
        assertEquals(List.of("173 KENCOP->KENCVL"),
                events("Kenyan police arrested protesters who had attacked a Chinese embassy."));
        assertEquals(List.of("173 ESPMIL->-"),
                events("The Spanish navy detained six smugglers, who were later handed over to Moroccan police."));
    }

    @Test
    void inAnObjectRelativeClauseItsSubjectActsOnTheNounItHangsOn() {
        assertEquals(List.of("040 RUSGOV->CHNGOV", "111 FRAGOV->RUSGOV"),
                events("Putin, whom Macron criticised on Monday, met Xi."));
        assertEquals(List.of("192 ISR->PSE"), events("Israel left Gaza, which it had occupied since 1967."));
        // With an event of its own, the main clause's act is the sentence's event.
        assertEquals(List.of("0874 ISR->PSE"), events("Israel withdrew from Gaza, which it had occupied since 1967."));
    }

    @Test
    void jointPartiesAgreeingOnAClaimAreEachOthersSideNotTheClaimsActors() {
        assertEquals(List.of("030 GRCGOV->TURGOV", "030 TURGOV->GRCGOV"), events("Greek and Turkish officials agreed on "
                + "Friday that their navies should help Syrian refugees at sea."));
    }

    @Test
    void aSecondParticipleWithItsOwnAgentIsAPassiveOfTheSameSubject() {
        assertEquals(List.of("111 POL->DEU", "051 FRA->DEU"),
                events("Germany was criticised by Poland and praised by France."));
    }

    @Test
    void agentsJoinedByAndEachAct() {
        assertEquals(List.of("111 POL->DEU", "111 FRA->DEU"), events("Germany was criticised by Poland and France."));
    }

    @Test
    void theObjectOfAParticipleAfterACommaIsNotTheVerbsTarget() {
        assertEquals(List.of("181 IRN->GBRBUS", "173 IRN->-"), events("Iran seized a British tanker and detained its crew, "
                + "prompting London to summon the Iranian ambassador."));
    }
}
