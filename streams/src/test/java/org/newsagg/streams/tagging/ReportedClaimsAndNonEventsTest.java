package org.newsagg.streams.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsagg.streams.tagging.TaggedSentences.coded;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Headline language every feed has, whatever the topic (issue 19): a reported claim is made by saying it, so a
 * modal inside the claim does not hedge it while a negated saying does; a speaker's verdict with no verb
 * ("X: Y's remarks 'unacceptable'"); domestic policy-making is no event. Every sentence was written for this test.
 */
class ReportedClaimsAndNonEventsTest {

    @Test
    void aModalInsideTheClaimDoesNotHedgeTheAccusation() {
        assertEquals(List.of("1124 FRAGOV->SYR asserted"), coded("The French foreign minister said Syria's "
                + "shelling of the town would amount to a war crime."));
    }

    @Test
    void aNegatedClaimAndANegatedSayingStayNegated() {
        // What was said is then a comment on Russia: a statement.
        assertEquals(List.of("1124 DEUGOV->RUS negated", "010 DEUGOV->RUS asserted"),
                coded("Scholz said Russia had not committed genocide."));
        assertEquals(List.of("1124 FRAGOV->RUSGOV negated"),
                coded("Macron stops short of calling Putin a war criminal"));
    }

    @Test
    void aConditionalClaimIsNoAccusation() {
        assertEquals(List.of(), coded("If Russia uses chemical arms, it would be a war crime, Biden said."));
    }

    @Test
    void aVerdictAfterAHeadlineSpeakerIsCriticismOfTheOneWhoseActItJudges() {
        assertEquals(List.of("111 DEU->RUSGOV asserted"), coded("Germany: Moscow's threats 'unacceptable'"));
        assertEquals(List.of("111 NLDGOV->BLRMED asserted"), coded("The Dutch foreign minister called the arrests "
                + "of journalists in Belarus unacceptable."));
    }

    @Test
    void aVerdictInASecondClauseIsASecondEventAgainstTheFirstClausesActor() {
        assertEquals(List.of("111 JPN->CHNGOV asserted", "120 CHN->JPN asserted"),
                coded("Japan calls Beijing's drills provocative; China rejects the criticism"));
    }

    @Test
    void aReplyThatNamesTheFirstActTargetsItsActor() {
        assertEquals(List.of("161 USA->RUSGOV asserted", "111 RUSGOV->USA asserted"),
                coded("US expels Russian diplomats, Moscow condemns the move"));
    }

    @Test
    void lawsOrdersVotesAndPostsAreDomesticPolicyNotEvents() {
        assertEquals(List.of(), coded("President Macron signed a decree on pension reform."));
        assertEquals(List.of(), coded("Kenyans cast their ballots on Tuesday in a presidential election."));
        assertEquals(List.of(), coded("The Italian prime minister offered the post of finance minister to an "
                + "economist."));
    }

    @Test
    void signingAnAgreementAndOfferingTalksStillCode() {
        assertEquals(List.of("057 POL->LTU asserted", "057 LTU->POL asserted"),
                coded("Poland and Lithuania signed a defence agreement on Monday."));
        assertEquals(List.of("036 TUR->RUS asserted", "036 TUR->UKR asserted"),
                coded("Turkey offered to host talks between Russia and Ukraine."));
    }

    @Test
    void aStatesCommentOnAnotherStateWithNoActIsAStatement() {
        assertEquals(List.of("010 FRAGOV->IRNGOV asserted"),
                coded("Tehran Not Ready For Compromise, Says French Foreign Minister"));
        assertEquals(List.of("010 CHNGOV->USAGOV asserted"), coded("The Chinese foreign ministry said on Monday "
                + "that Washington was stoking tensions in the region."));
        assertEquals(List.of("190 RUS->- hypothetical", "010 JPN->RUS asserted"),
                coded("Japan has said Russia may launch an attack near its waters."));
    }

    @Test
    void aReportedFactANegatedSayingOrAConditionIsNoStatement() {
        assertEquals(List.of(), coded("The UN says more than two million people have fled Sudan since the fighting "
                + "began."));
        assertEquals(List.of(), coded("Spain did not say that Morocco was responsible."));
        assertEquals(List.of("010 ESP->MAR asserted"), coded("Spain said that Morocco was responsible."));
        assertEquals(List.of("100 TURGOV->SWE asserted"), coded("The Turkish president said Sweden must stop "
                + "supporting militants if it wants to join NATO."));
    }

    @Test
    void attendingASummitMeetsItsMembersAndAMeetingWithNoOneNamedIsNoEvent() {
        assertEquals(List.of("036 FRAGOV->EU asserted", "036 FRAGOV->DEUGOV asserted"),
                coded("Macron to attend an EU summit, meet Scholz"));
        assertEquals(List.of(), coded("The Canadian prime minister attended a meeting in Ottawa on Monday."));
        assertEquals(List.of("040 DEUGOV->- asserted"), coded("Scholz held talks with regional leaders on Monday."));
    }

    @Test
    void preparingAnActStatesItAndTakingInRefugeesIsAsylum() {
        assertEquals(List.of("1312 EU->IRNGOV asserted"), coded("EU readies sanctions on Iranian officials"));
        assertEquals(List.of("033 DEU->AFGREF asserted"),
                coded("Germany is willing to accept Afghan refugees, Scholz says"));
    }

    @Test
    void aStrikeByAStateOrAWeaponIsForceAndALabourStrikeStaysOne() {
        assertEquals(List.of("195 TUR->IRQ asserted"), coded("Turkish drone strike kills 3 in northern Iraq"));
        assertEquals(List.of("190 ISR->SYR asserted"), coded("An Israeli strike hit an army base in Syria on Monday."));
        assertEquals(List.of("143 FRALAB->- asserted"), coded("French workers began a general strike on Monday."));
    }

    @Test
    void rulingAnActOutRefusesIt() {
        assertEquals(List.of("120 DEUGOV->UKR asserted"), coded("Germany: Scholz rules out sending jets to Ukraine"));
    }

    @Test
    void aRoleWordOpeningAHeadlineIsTheSubjectOfItsPresentTenseVerb() {
        assertEquals(List.of("181 NGAINS->NGAEDU asserted"), coded("Gunmen kidnap 30 pupils in Nigeria"));
    }

    @Test
    void aCountryBeforeTheColonPlacesTheStoryWhenARoleOrANumberFollows() {
        // Kaduna is a place in Nigeria (places.tsv), so the pupils are Nigerian as in "... in Nigeria".
        assertEquals(List.of("181 NGAINS->NGAEDU asserted"), coded("Nigeria: Gunmen kidnap 30 pupils in Kaduna"));
        assertEquals(List.of("173 EGYCOP->EGYHRI asserted"), coded("Egypt: Police arrest 20 opposition activists"));
        // An actor after the colon: the country is the speaker.
        assertEquals(List.of("111 RUS->USAGOV asserted"), coded("Russia: Biden's remarks unacceptable"));
    }

    @Test
    void theTwoPartiesAfterBetweenActOnEachOther() {
        assertEquals(List.of("190 ARM->AZE asserted", "190 AZE->ARM asserted"),
                coded("Fresh clashes between Armenia and Azerbaijan"));
        assertEquals(List.of("0871 ISR->PSEREB asserted", "0871 PSEREB->ISR asserted"),
                coded("Ceasefire between Israel and Hamas"));
    }

    @Test
    void headlineAbbreviationsForMinistersAreRoleWords() {
        assertEquals(List.of("120 GRCGOV->- asserted"), coded("Greek PM rejects calls for early elections"));
    }

    @Test
    void aLeaderInAForeignPlaceWithNoVerbIsAVisit() {
        assertEquals(List.of("042 SAUGOV->IRNGOV asserted"), coded("Saudi FM in Tehran for talks"));
        assertEquals(List.of("042 JPNGOV->UKRGOV asserted"), coded("Japanese PM in Kyiv for surprise visit"));
        // Troops in a place are not visiting; a leader at home is no visit.
        assertEquals(List.of(), coded("US troops in Syria to stay"));
        assertEquals(List.of(), coded("Macron in Paris for talks"));
    }

    @Test
    void aVowToActIsTheActsIntentionOrThreat() {
        assertEquals(List.of("130 IRN->ISR asserted"), coded("Iran vows to retaliate against Israel"));
        assertEquals(List.of("033 JPN->TUR asserted"), coded("Japan pledges to send aid to Turkey"));
        assertEquals(List.of("031 CHN->BRA asserted"), coded("China promised to cooperate with Brazil."));
    }
}
