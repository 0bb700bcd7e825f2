package org.newsagg.streams.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsagg.streams.tagging.TaggedSentences.events;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How world-politics news words statements, reported speech and verbal acts (issue 19, CAMEO roots 01 to 13), in
 * headline and summary forms: protests lodged with a state, envoys summoned, rejections "as" something, retaliation
 * and repeated warnings, costs and consequences, denials of another's claims, quotations closed by their speaker,
 * "X told Y it would ...", a concession that sets the scene, and the object of a verbal act that is no act of its
 * own. The sentences were written for this test (none is taken from a corpus); the last group must stay uncoded:
 * dangers, questions, negation, possibility, summonses to court.
 */
class PoliticalStatementsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # 11: a protest lodged with a state is an official complaint, not dissent
            China protested to Japan over the visit to the shrine.               | 114 CHN->JPN
            Vietnam Protests To China Over Survey Ship                           | 114 VNM->CHN
            Seoul lodged a protest with Tokyo over the textbooks.                | 114 KORGOV->JPNGOV
            # 11: an envoy summoned, in the active and the passive
            Poland summons Russian ambassador after missile strike               | 110 POL->RUSGOV
            Chinese envoy summoned over balloon incident                         | 110 -->CHNGOV
            The Russian ambassador was summoned by the British foreign office.   | 110 GBR->RUSGOV
            # 12: dismissing something as worthless rejects it, whatever it is
            Lavrov dismisses Western sanctions as useless                        | 120 RUSGOV->-
            Iran dismissed the report as propaganda.                             | 120 IRN->-
            Beijing brushes aside US criticism as interference                   | 120 CHNGOV->USA
            Greek PM rejects opposition calls for early elections                | 120 GRCGOV->GRCOPP
            # 13: retaliation to come, warnings repeated, costs and consequences
            Iran says it will retaliate against Israel                           | 138 IRN->ISR
            Iran will retaliate if Israel strikes its nuclear sites.             | 138 IRN->ISR
            Turkey vowed to retaliate against Syria.                             | 130 TUR->SYR
            Israel retaliated against Hezbollah.                                 | 190 ISR->LBNREB
            Ukraine repeated its accusations against Russia.                     | 112 UKR->RUS
            Blinken reiterated US warnings to China.                             | 130 USAGOV->CHN
            Seoul renews warning to Pyongyang over missile tests                 | 130 KORGOV->PRKGOV
            The US will not hesitate to impose costs on China.                   | 1312 USA->CHN
            Russia will face severe consequences, Biden said.                    | 130 USAGOV->RUS
            Russia told Washington on Wednesday it would throw out American diplomats. | 131 RUS->USAGOV
            US Will Not Hesitate To Impose Costs On China, Blinken Says           | 1312 USA->CHN
            Russia Will Face Consequences, Biden Warns                           | 130 USAGOV->RUS
            Moscow Tells Washington It Will Expel US Diplomats                   | 131 RUSGOV->USAGOV
            # 01: a denial keeps whose claims it denies
            Russia denies US claims of chemical attack                           | 016 RUS->USA
            Ukraine denies Russian claims it shelled the plant                   | 016 UKR->RUS
            # 01: a quotation its speaker closes is his statement about the state it names
            “I don't see signs that Putin is prepared to stop,” Blinken said.     | 010 USAGOV->RUSGOV
            "We do not believe Russia is serious about peace," said Blinken.      | 010 USAGOV->RUS
            While backing the peace talks, Blinken said Moscow was not serious about ending the war. | 010 USAGOV->RUSGOV
            # 03: "X told Y that it would": the pronoun is the teller; seeking backing is an appeal, in the future an intention
            Germany told Russia that it would send tanks to Ukraine.             | 033 DEU->UKR
            The US will seek UN backing for a new mission in Haiti.              | 030 USA->UNO
            Putin invites Modi to Moscow                                         | 036 RUSGOV->INDGOV
            China invited Russia to join the talks.                              | 036 CHN->RUS
            # 02 and 01: wanting someone else to act is an appeal; wanting to act oneself is a wish, here said of another
            The EU wants Serbia to recognise Kosovo.                             | 020 EU->SRB
            Zelensky: Russia wants to destroy Ukraine                            | 010 UKRGOV->RUS
            # 11: regret with words between, opposition to a measure (not the measure)
            Tokyo expresses deep regret over Chinese detention of citizen        | 111 JPNGOV->CHN
            Russia opposes new UN sanctions on North Korea                       | 110 RUS->UNO
            """)
    void oneEvent(String text, String event) {
        assertEquals(List.of(event), events(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // a danger someone poses is no threat made
            "Also, the threat of piracy prompted a German shipping firm to reroute its vessels.",
            "The threat from Iran worries Israel.",
            "The plan protects species threatened with extinction.",
            // yes-no questions, put or left open, assert no act, whatever their modal
            "It is unclear whether China will retaliate against Australia.",
            "Officials wondered whether Iran would retaliate against Israel.",
            "When asked if Russia intended to attack Finland, the minister declined to answer.",
            "Will Iran retaliate against Israel?",
            "Russia may retaliate against Britain.",
            "Iran hopes to join the BRICS bloc.",
            // consequences suffered are no threat; summonses to court or for questioning are no disapproval
            "Russia faced severe consequences after the war.",
            "The Russian diplomat was summoned to court in Berlin.",
            "The minister was summoned for questioning by Italian prosecutors.",
            "Japan did not protest to China over the incident.",
    })
    void noEvent(String text) {
        assertEquals(List.of(), events(text));
    }
}
