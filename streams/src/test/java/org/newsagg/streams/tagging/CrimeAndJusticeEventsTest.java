package org.newsagg.streams.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsagg.streams.tagging.TaggedSentences.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Local crime, courts and riots (issue 19, the extended tuning part's topics): police forces named by city or acronym,
 * juries and prosecutors, robbers and gang members, private people, US states and big cities as places of their
 * country, and the crime verbs coded as CAMEO and PETRARCH code them (convict and charge 173, sentence 172, rob 171,
 * shooting 180 by gunmen and 190 by police). Every sentence was written for this test.
 */
class CrimeAndJusticeEventsTest {

    @Test
    void aPoliceForceNamedByItsAcronymIsItsCountrysPolice() {
        assertEquals(List.of("173 USACOP->USACRM"), events("The LAPD detained five gang members on Tuesday."));
        assertEquals(List.of("173 GBRCOP->GBRCVL"), events("Scotland Yard charged two men with fraud."));
        assertEquals(List.of("173 CANCOP->CANCVL"),
                events("The RCMP arrested a man in Alberta over a string of bank robberies."));
    }

    @Test
    void aCitysPoliceArePoliceOfItsCountryAndArrestPrivatePeople() {
        assertEquals(List.of("173 GBRCOP->GBRCVL"), events("Police in Manchester arrested three men after the riot."));
    }

    @Test
    void juriesJudgesAndProsecutorsAreTheJudiciary() {
        assertEquals(List.of("173 USAJUD->USA"), events("A jury in Boston convicted a former nurse of murder."));
        assertEquals(List.of("172 USAJUD->USACVL"), events("A judge in Atlanta sentenced the man to 20 years in prison."));
        assertEquals(List.of("173 USAJUD->USACOP"), events("Texas prosecutors filed charges against a former sheriff."));
    }

    @Test
    void foundGuiltyIsLegalActionNotTheCrimeItNames() {
        assertEquals(List.of("173 -->USACVL"), events("A Michigan man was found guilty of murdering his neighbour."));
    }

    @Test
    void robbersAreCriminalsAndRobberySeizesProperty() {
        // A place named as where it happened places the unnamed victims too (DEV-GOLD.md, "Places in local news").
        assertEquals(List.of("171 FRACRM->FRA"),
                events("Armed robbers stole jewels worth 5 million euros from a store in Marseille."));
        assertEquals(List.of("171 USACRM->USA"), events("Thieves robbed a bank in Houston on Friday."));
    }

    @Test
    void shootingIsForceByPoliceAndUnconventionalViolenceByAGunman() {
        assertEquals(List.of("190 USACOP->USACVL"), events("NYPD officers shot and killed a man who had fired at them."));
        assertEquals(List.of("180 USAINS->USA"), events("Detroit: gunman opens fire at office, kills two"));
    }

    @Test
    void aRaidByParamilitaryPoliceIsForceAgainstTheMafia() {
        assertEquals(List.of("190 ITACOP->ITACRM"),
                events("Carabinieri raided the homes of suspected mafia bosses in Sicily."));
    }

    @Test
    void riotersThrowingThingsAtPoliceRiotAndPoliceFiringTearGasRepress() {
        assertEquals(List.of("145 GBRCVL->GBRCOP"), events("Rioters hurled bottles and bricks at police in Liverpool."));
        // The protesters it was fired at are its target, placed in Seattle too (DEV-GOLD.md, local news).
        assertEquals(List.of("175 USACOP->USACVL"), events("Police in Seattle fired tear gas at protesters."));
    }

    @Test
    void clashesWithPoliceAreARiotAndClashesBetweenArmiesStayForce() {
        assertEquals(List.of("145 GRCEDU->GRCCOP", "175 GRCCOP->GRCEDU"),
                events("Hundreds of students in Thessaloniki were injured in clashes with riot police on Saturday."));
        assertEquals(List.of("145 GRCCVL->GRCCOP", "175 GRCCOP->GRCCVL"),
                events("Greek youths battled riot police in Athens for a third night."));
        assertEquals(List.of("190 -->SDNMIL"), events("Clashes between Sudanese troops and rebels killed 12 in Darfur."));
    }

    @Test
    void aHeadlineChargeWithNoAgentHasOnlyATarget() {
        assertEquals(List.of("173 -->CANCVL"), events("Vancouver Teenager Charged Over Fatal Stabbing"));
        // Two nouns between the place and the participle: still a passive, the place's country its target.
        assertEquals(List.of("173 -->USA"), events("Boston Shop Robber Charged With Armed Robbery"));
    }

    @Test
    void aParticipleBeforeItsNounDescribesTheNounAndReportsNoAct() {
        assertEquals(List.of(), events("His accused killer appeared in court in Detroit on Monday."));
        assertEquals(List.of(), events("The captured gang members were handed over to police in Queens."));
    }

    @Test
    void aStateNamedAsAPlaceIsNoEventOfItsOwn() {
        assertEquals(List.of(), events("Ohio voters went to the polls on Tuesday."));
    }
}
