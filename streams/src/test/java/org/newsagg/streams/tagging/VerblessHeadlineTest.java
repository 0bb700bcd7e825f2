package org.newsagg.streams.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsagg.streams.tagging.TaggedSentences.events;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Headline forms of issue 19 that HeadlineNormalizer and the event-noun rules read: verbless headlines with a clear
 * state or event noun, a short Title Case headline, a future with attribution, a weapons test, a strike at a named
 * place, and the topic of talks as no event of its own. Every headline was written for this test.
 */
class VerblessHeadlineTest {

    @Test
    void anActorOnHighAlertIsInThatState() {
        assertEquals(List.of("152 KORGOV->-"), events("Seoul on high alert after North Korean missile launch"));
        assertEquals(List.of("152 ISR->IRN"), events("Israel on alert for Iranian retaliation"));
    }

    @Test
    void aPluralEventNounOpeningTheHeadlineIsItsEvent() {
        assertEquals(List.of("040 IRN->USA", "040 USA->IRN"), events("Talks between Iran and US in Oman"));
    }

    @Test
    void strikesOnANamedPlaceAreForceNotALabourStrike() {
        assertEquals(List.of("180 -->UKR"), events("Strikes on Kharkiv as Russian offensive grows"));
        assertEquals(List.of("190 ISR->IRN"), events("Israel carried out a strike on Iran overnight."));
    }

    @Test
    void aShortTitleCaseHeadlineIsReadInSentenceCase() {
        assertEquals(List.of("180 NGAINS->NGA"), events("Gunmen Kill 12 In Nigerian Village"));
    }

    @Test
    void aFutureWithAttributionIsTheSubjectsIntent() {
        assertEquals(List.of("036 IRN->-"), events("Iran to resume nuclear talks, says foreign minister"));
        assertEquals(List.of("036 JPNGOV->USAGOV"), events("Japanese PM to visit Washington in April"));
    }

    @Test
    void theTopicOfTalksIsNoEventOfItsOwn() {
        assertEquals(List.of("040 USA->QAT", "040 QAT->USA"),
                events("The United States and Qatar discussed a draft resolution on a ceasefire in Sudan."));
    }

    @Test
    void aMissileFiredIntoTheSeaIsAShowOfForce() {
        assertEquals(List.of("150 PRK->-"), events("North Korea fires ballistic missile into sea"));
    }

    @Test
    void dronesHittingAPortAreForce() {
        assertEquals(List.of("190 RUS->UKR"), events("Ukraine says Russian drones hit Odesa port"));
    }

    @Test
    void accordingToAtTheEndIsAttribution() {
        assertEquals(List.of("194 RUSMIL->UKRHLH"),
                events("Russian forces shelled a hospital in Kherson, according to Ukrainian officials"));
    }

    @Test
    void aScheduledActIsAnIntentButDueToANounIsACause() {
        assertEquals(List.of("036 USAGOV->CHNGOV"), events("Blinken is due to visit Beijing next week."));
        assertEquals(List.of(), events("Flights were cancelled due to the strike."));
    }
}
