package org.newsagg.streams.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsagg.streams.tagging.TaggedSentences.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The verb classes added per CAMEO root (issue 19): for each root a common news verb, phrasal verb or event noun the
 * patterns lacked, with the word sense that decides its code (a deal struck is no strike, helping someone fight a
 * problem is aid, strikes launched on a place are force and a strike over pay is a labour strike). Every sentence
 * was written for this test.
 */
class EventVerbCoverageTest {

    @Test
    void root01CondolencesWithWordsBetween() {
        assertEquals(List.of("018 JPN->TUR"),
                events("Japan offered its deepest condolences to Turkey after the earthquake."));
    }

    @Test
    void root02Lobbying() {
        assertEquals(List.of("020 GRC->DEU"), events("Greece lobbied Germany for debt relief."));
    }

    @Test
    void root03SignalledWillingness() {
        assertEquals(List.of("030 CHL->BOL"), events("Chile signalled its willingness to work with Bolivia."));
    }

    @Test
    void root04PhoneCallsAndBrokers() {
        assertEquals(List.of("041 TURGOV->IRN"),
                events("The Turkish foreign minister spoke to his Iranian counterpart by telephone."));
        assertEquals(List.of("045 QAT->VEN"),
                events("Qatar brokered a prisoner deal between Venezuela and the United States."));
    }

    @Test
    void root05DealsSealedOrStruckAreAgreementsNotStrikes() {
        // A deal with a "with" party is coded both ways (TwoPartyActs).
        assertEquals(List.of("057 ARG->BRA", "057 BRA->ARG"), events("Argentina sealed a trade deal with Brazil."));
        assertEquals(List.of("057 EGY->IMF", "057 IMF->EGY"), events("Egypt struck a deal with the IMF on Tuesday."));
    }

    @Test
    void root06JoiningForces() {
        assertEquals(List.of("060 NOR->SWE"), events("Norway joined forces with Sweden to patrol the Arctic."));
    }

    @Test
    void root07HelpingFightAProblemIsAidNotFighting() {
        assertEquals(List.of("070 AUS->FJI"), events("Australia helped Fiji fight drug smuggling."));
        assertEquals(List.of("033 AUS->FJI"), events("Australia will help Fiji fight drug smuggling."));
    }

    @Test
    void root08LayingDownArmsAndReopeningABorder() {
        assertEquals(List.of("0873 MLIREB->-"), events("The rebels in Mali laid down their arms."));
        assertEquals(List.of("081 UZB->TJK"), events("Uzbekistan reopened its border with Tajikistan."));
    }

    @Test
    void root09ProbeLaunched() {
        assertEquals(List.of("090 UNO->SDN"), events("The UN launched a probe into the killings in Sudan."));
    }

    @Test
    void root11PhrasalVerbsOfCriticism() {
        assertEquals(List.of("111 CHN->JPN"), events("China lashed out at Japan over the island dispute."));
        assertEquals(List.of("111 VEN->COL"), events("Venezuela hit out at Colombia over the border closure."));
    }

    @Test
    void root12SnubsAndBlockedDecisions() {
        assertEquals(List.of("125 IRN->BHR"), events("Iran snubbed the offer of talks from Bahrain."));
        assertEquals(List.of("129 HUN->EU"), events("Hungary blocked the EU's new sanctions package."));
    }

    @Test
    void root15ScramblingJetsAndReinforcingTroops() {
        assertEquals(List.of("150 TWN->-"), events("Taiwan scrambled fighter jets on Sunday."));
        assertEquals(List.of("150 POL->-"), events("Poland beefed up its troops on the border."));
    }

    @Test
    void root16TreatiesLeftAssetsFrozenEmbassiesClosed() {
        assertEquals(List.of("160 RUS->-"), events("Russia withdrew from the arms control treaty."));
        assertEquals(List.of("163 CAN->RUS"), events("Canada froze Russian assets worth $10 billion."));
        assertEquals(List.of("161 LTU->BLRGOV"), events("Lithuania closed its embassy in Minsk."));
    }

    @Test
    void root18HostagesHeldAndAmbushes() {
        assertEquals(List.of("181 KENINS->KENCVL"), events("Gunmen held two Kenyan engineers hostage."));
        assertEquals(List.of("180 NGAINS->NGAMIL"), events("Militants ambushed a Nigerian army convoy."));
    }

    @Test
    void root19PoundingHittingAndStrikesLaunchedOnAPlace() {
        assertEquals(List.of("190 ISRMIL->LBN"), events("Israeli jets pounded targets in Lebanon."));
        assertEquals(List.of("190 RUS->UKR"), events("Russia launched strikes on Ukraine's power grid."));
        assertEquals(List.of("190 UKR->RUSMIL"), events("Ukraine hit a Russian warship in the Black Sea."));
    }

    @Test
    void aStrikeOverPayStaysALabourStrike() {
        assertEquals(List.of("143 FRALAB->-"), events("Workers at French refineries launched a strike over pay."));
    }

    @Test
    void eventNounsThatHeadAHeadline() {
        assertEquals(List.of("191 -->UKR"), events("Siege of Mariupol enters third week"));
        assertEquals(List.of("040 RUSGOV->CHNGOV", "040 CHNGOV->RUSGOV"),
                events("Summit between Putin and Xi in Moscow"));
    }

    @Test
    void aTrendCountsEventsAndReportsNone() {
        assertEquals(List.of(), events("Police reported a surge in kidnappings in Nigeria."));
    }

    @Test
    void drillsEncirclementMissileLaunchesAndHaltedOffensives() {
        assertEquals(List.of("150 CHN->TWN"), events("China held military drills around Taiwan on Monday."));
        assertEquals(List.of("191 RUSMIL->UKR"), events("Russian forces tried to encircle Kharkiv."));
        assertEquals(List.of("194 YEMREB->ISR"), events("Houthi rebels launched missiles at Israel."));
        assertEquals(List.of("087 ISR->PSE"), events("Israel halted its offensive in Rafah."));
    }

    @Test
    void diplomatsThrownOutAreExpelled() {
        assertEquals(List.of("161 CAN->CHNGOV"), events("Canada threw out two Chinese diplomats."));
    }

    @Test
    void denyingAnActIsADenial() {
        assertEquals(List.of("016 IRN->RUS"), events("Iran denied supplying drones to Russia."));
    }

    @Test
    void bombingAPlaceIsForce() {
        assertEquals(List.of("190 MMRMIL->MMRCVL"), events("Myanmar's air force bombed a village in Rakhine."));
    }
}
