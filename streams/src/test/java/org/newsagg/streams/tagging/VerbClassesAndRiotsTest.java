package org.newsagg.streams.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsagg.streams.tagging.TaggedSentences.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The biggest causes of misses on the development set's tuning part (issue 19), one class of sentence each: verbs
 * the patterns lacked, codes chosen by the object (a ship, an accusation, a call, a danger) or by who acts (a crowd),
 * and participles. Every sentence was written for this test.
 */
class VerbClassesAndRiotsTest {

    @Test
    void capturingPeopleIsAnArrest() {
        assertEquals(List.of("173 COLCOP->COL"), events("Police in Colombia captured 14 drug traffickers near the border."));
    }

    @Test
    void seizingAShipIsAHijacking() {
        assertEquals(List.of("181 NGAINS->GRCBUS"), events("Nigerian gunmen seized a Greek oil tanker on Monday."));
    }

    @Test
    void sinkingAVesselIsForce() {
        assertEquals(List.of("190 TURMIL->-"), events("The Turkish navy sank a smuggling boat in the Aegean."));
    }

    @Test
    void dismissingAnAccusationIsADenial() {
        assertEquals(List.of("016 IRN->RUS"), events("Iran dismissed accusations of supplying drones to Russia."));
    }

    @Test
    void rejectingCallsIsARejectionAndTheCallerTheTarget() {
        assertEquals(List.of("120 SRBGOV->SRBOPP"),
                events("The Serbian president rejected calls by the opposition to resign."));
    }

    @Test
    void aVerbWithAnObjectBeforeByIsNoParticiple() {
        assertEquals(List.of("120 CHL->PER"), events("Chile on Monday rejected calls by Peru to reopen the border."));
    }

    @Test
    void warningOfADangerIsAPessimisticComment() {
        assertEquals(List.of("012 DEU->-"), events("Germany warned of the risk of a gas shortage this winter."));
    }

    @Test
    void aCrowdSettingFireIsARiotButSettlersAreNotACrowd() {
        assertEquals(List.of("145 FRACVL->-"), events("French protesters set fire to a town hall."));
        assertEquals(List.of("171 ISRCVL->PSE"), events("Israeli settlers set fire to Palestinian olive groves."));
    }

    @Test
    void aCrowdAttackingPoliceIsARiot() {
        assertEquals(List.of("145 SENCVL->SENCOP"), events("Angry youths in Senegal attacked a police station."));
    }

    @Test
    void riotWeaponsFiredByPoliceAreRepression() {
        assertEquals(List.of("175 KENCOP->KENEDU"), events("Kenyan police fired tear gas at students in Nairobi."));
    }

    @Test
    void aCriminalChargeIsLegalAction() {
        assertEquals(List.of("173 -->BRAGOV"), events("A Brazilian mayor was charged with corruption."));
    }

    @Test
    void aPassiveWithAPronounSubjectAndNoAgentNamesNoActor() {
        assertEquals(List.of(), events("Rangers in Kenya fear that they were detained somewhere in the north."));
    }

    @Test
    void aPassiveWithAPronounSubjectKeepsItsAgent() {
        assertEquals(List.of("173 CUBCOP->CANCVL"), events("Tourists from Canada said they were detained by Cuban police."));
    }

    @Test
    void policeClashingWithACrowdIsRepression() {
        assertEquals(List.of("175 PERCOP->PERCVL", "145 PERCVL->PERCOP"), events("Police in Peru clashed with protesters in Lima."));
    }

    @Test
    void aCallBetweenTwoLeadersIsAConsultationBothWays() {
        assertEquals(List.of("040 FRAGOV->DEUGOV", "040 DEUGOV->FRAGOV"),
                events("Macron and Scholz held a phone call on Sunday."));
    }

    @Test
    void warningShotsAreAShowOfForce() {
        assertEquals(List.of("150 ESPMIL->-"), events("The Spanish navy fired warning shots at a fishing boat."));
    }

    @Test
    void drivingTroopsBackIsForceNotAnAppeal() {
        assertEquals(List.of("190 UKRMIL->RUSMIL"),
                events("Ukrainian troops pushed Russian forces back from the river."));
    }

    @Test
    void foilingAnAttackIsForce() {
        assertEquals(List.of("190 DNKMIL->-"), events("The Danish navy foiled a pirate attack off West Africa."));
    }

    @Test
    void freeingAShipIsReleasingProperty() {
        assertEquals(List.of("0842 NGA->TURBUS"), events("Nigerian pirates freed a Turkish cargo ship on Friday."));
    }

    @Test
    void nameCallingIsCriticism() {
        assertEquals(List.of("111 UKRGOV->RUSGOV"), events("Zelensky called Putin a liar and a butcher."));
    }

    @Test
    void anAttemptedUseOfForceHappenedAndKeepsItsDomesticTarget() {
        // The demonym places the parliament only, so the protesters have no country (DEV-GOLD.md, "Places in
        // local news").
        assertEquals(List.of("145 -->CHLLEG"), events("Protesters try to storm Chilean parliament"));
    }

    @Test
    void steppingUpAidIsAid() {
        assertEquals(List.of("163 CHL->PER", "070 BRA->BOL"),
                events("Chile sanctions Peru as Brazil steps up aid to Bolivia."));
    }
}
