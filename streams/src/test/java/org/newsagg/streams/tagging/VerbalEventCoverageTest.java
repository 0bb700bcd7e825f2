package org.newsagg.streams.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsagg.streams.tagging.TaggedSentences.events;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How world news phrases CAMEO's verbal categories (issue 19): statements, appeals, intentions, consultation,
 * diplomatic and material cooperation, aid, yielding, investigation, demands, rejection, threats and reduced
 * relations, one or two headline- or summary-style sentences per common phrasing, each with its exact code, source
 * and target. The sentences were written for this test from CAMEO's codebook definitions, before the tagger's
 * output on the development set was looked at (except three of our own for phrasings found among its misses: staying
 * on the streets, bringing to justice, expelling embassy staff); the last group are sentences that must stay
 * uncoded (negation, questions, conditions, possibility, everyday speech). Where an actor is not what the sentence
 * means (a place's country for an unlisted group, "firms" not read as business), the code and sides asserted are the
 * tagger's actor conventions, not this test's subject.
 */
class VerbalEventCoverageTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # 01 statements
            Russia denies involvement in the attack on the pipeline.                 | 016 RUS->-
            Iran Denies Responsibility For Tanker Attack                             | 016 IRN->-
            China expresses concern over US arms sales to Taiwan.                    | 111 CHN->USA
            Japan offers condolences to Turkey after the earthquake.                 | 018 JPN->TUR
            Hamas claims responsibility for rocket attack on Israel                  | 015 PSEREB->ISR
            # 02 appeals
            France urges Iran to return to nuclear talks.                            | 026 FRA->IRN
            Kenya Urges Ethiopia To Open Border                                      | 020 KEN->ETH
            Ukraine appeals to NATO for more weapons.                                | 023 UKR->NATO
            India asks Pakistan to hand over the suspects.                           | 020 IND->PAK
            # 03 intentions
            Germany pledges $1 billion in aid to Ukraine.                            | 033 DEU->UKR
            Japan vows more aid for Ukraine                                          | 033 JPN->UKR
            Turkey offers to mediate in the Ukraine conflict.                        | 039 TUR->UKR
            Iran agrees to resume nuclear talks with the EU.                         | 036 IRN->EU
            India expresses willingness to cooperate with Bangladesh.                | 030 IND->BGD
            # 04 consultation
            Chinese foreign minister to visit Pakistan                               | 036 CHNGOV->PAK
            # 05 diplomatic cooperation
            Biden praises Japan for its leadership.                                  | 051 USAGOV->JPN
            Turkey apologises to Russia for downing the jet.                         | 055 TUR->RUS
            # 06 material cooperation
            Egypt extradites suspect to Italy                                        | 063 EGY->ITA
            # 07 aid
            Germany sends weapons to Ukraine.                                        | 072 DEU->UKR
            EU provides humanitarian aid to Syria                                    | 073 EU->SYR
            # 08 yield
            EU eases sanctions on Venezuela                                          | 085 EU->VEN
            # 09 investigate
            UN launches probe into killings in Ethiopia                              | 090 UNO->ETH
            # 10 demands
            # 12 rejection
            Iran rejects EU proposal on nuclear deal                                 | 125 IRN->EU
            North Korea Rejects Talks With US                                        | 125 PRK->USA
            Hungary refuses to send weapons to Ukraine.                              | 120 HUN->UKR
            Israel rules out talks with Hamas                                        | 125 ISR->PSEREB
            # 13 threats
            Russia threatens to cut gas supplies to Moldova.                         | 131 RUS->MDA
            US Threatens China With Sanctions Over Taiwan                            | 1312 USA->CHN
            Russia threatens military response if Finland joins NATO.                | 138 RUS->FIN
            Turkey gives Sweden an ultimatum.                                        | 139 TUR->SWE
            Iran warns Israel against attacking its nuclear sites.                   | 130 IRN->ISR
            # 16 reduce relations
            Lithuania expels Russian ambassador                                      | 161 LTU->RUSGOV
            Israel recalls its ambassador to Turkey.                                 | 161 ISR->TUR
            Morocco cuts diplomatic ties with Iran                                   | 161 MAR->IRN
            EU imposes new sanctions on Belarus.                                     | 163 EU->BLR
            Australia suspends aid to Myanmar                                        | 162 AUS->MMR
            Ukraine suspends talks with Russia.                                      | 164 UKR->RUS
            """)
    void oneEvent(String text, String event) {
        assertEquals(List.of(event), events(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Blinken holds talks with Lavrov in Geneva.            | 040 USAGOV->RUSGOV | 040 RUSGOV->USAGOV
            Macron Speaks By Phone With Putin                     | 041 FRAGOV->RUSGOV | 041 RUSGOV->FRAGOV
            Serbia and Kosovo agree to normalise relations.       | 030 SRB->XKX       | 030 XKX->SRB
            Israel and Morocco sign defence agreement             | 057 ISR->MAR       | 057 MAR->ISR
            Russia and China hold joint naval exercises.          | 062 RUS->CHN       | 062 CHN->RUS
            Armenia and Azerbaijan declare a ceasefire.           | 0871 ARM->AZE      | 0871 AZE->ARM
            """)
    void twoPartyActs(String text, String first, String second) {
        assertEquals(List.of(first, second), events(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # 01: denials of a charge, regret, hope
            Israel rejects accusations by Turkey.                                    | 016 ISR->TUR |
            Pakistan Voices Hope For Peace Talks With India                          | 013 PAK->IND |
            # 02: calls, pleas, pressure
            Egypt calls on Israel to allow aid into Gaza.                            | 020 EGY->ISR |
            UN chief calls for talks between Ethiopia and Tigray rebels              | 026 UNO->ETH | 026 UNO->ETHREB
            Germany presses Hungary to approve the sanctions package.                | 100 DEU->HUN |
            The Vatican appeals to Russia to end the war.                                   | 027 VAT->RUS |
            # 03: vows, pledges, offers, readiness, to-infinitive futures
            Japan pledges support for Ukraine.                                       | 033 JPN->UKR |
            France vows to send more artillery to Ukraine.                           | 033 FRA->UKR |
            Turkey offers to host talks between Russia and Ukraine.                  | 036 TUR->RUS | 036 TUR->UKR
            Iran is ready to resume talks with the US.                               | 036 IRN->USA |
            Qatar to send aid to Afghanistan                                         | 033 QAT->AFG |
            China and India agree to pull back troops from the border.               | 035 CHN->IND | 035 IND->CHN
            # 04: talks as nouns and verbs
            Russia, Ukraine to hold talks in Istanbul                                | 036 RUS->UKR | 036 UKR->RUS
            Israel and Egypt discuss a truce.                                     | 040 ISR->EGY | 040 EGY->ISR
            Turkish president hosts Finnish president in Ankara.                     | 043 TURGOV->FINGOV |
            # 05: hail, back, recognise, sign
            India hails Japan's support.                                             | 051 IND->JPN |
            EU backs Moldova's membership bid.                                       | 051 EU->MDA |
            Poland signs arms deal with South Korea                                  | 057 POL->KOR | 057 KOR->POL
            # 06 and 07: joint work and aid
            Japan and the Philippines hold joint military drills.                    | 062 JPN->PHL | 062 PHL->JPN
            US delivers more air defence systems to Ukraine.                         | 072 USA->UKR |
            Canada grants asylum to Afghan interpreters.                             | 075 CAN->AFG |
            # 08: releases, lifting, withdrawal, truce
            Iran frees two French citizens.                                          | 0841 IRN->FRACVL |
            US lifts sanctions on Venezuelan oil                                     | 085 USA->VEN |
            # 09: probes opened, ordered, launched
            ICC opens investigation into war crimes in Ukraine.                      | 094 ICC->UKR |
            Brazil Orders Probe Into Deaths Of Amazon Activists                      | 090 BRA->BRAHRI |
            # 10: demands
            Ukraine demands the release of its sailors from Russia.                  | 1053 UKR->RUS |
            Iran Demands Compensation From US                                        | 103 IRN->USA |
            Serbia insists on talks with Kosovo.                                     | 106 SRB->XKX |
            # 12: refusals
            Hungary refuses to back new sanctions on Russia.                         | 120 HUN->RUS |
            Iran snubs EU offer of talks                                             | 125 IRN->EU |
            Russia vetoes UN resolution on Ukraine.                                  | 129 RUS->UNO |
            # 13: threats, warnings, vows of retaliation
            China warns US against visit to Taiwan                                   | 130 CHN->USA |
            Iran vows revenge against Israel.                                        | 130 IRN->ISR |
            North Korea threatens to strike US bases.                                | 138 PRK->USA |
            EU warns Serbia it could face sanctions.                                 | 1312 EU->SRB |
            Protesters in Chile vow to stay on the streets.                          | 130 CHLCVL->- |
            Mexico vows to bring those responsible to justice.                       | 131 MEX->- |
            Russia threatens to expel Moldovan diplomats.                            | 131 RUS->MDAGOV |
            # 16: expulsions, suspensions, downgrades, sanctions as verbs
            Moldova expels Russian diplomats.                                        | 161 MDA->RUSGOV |
            Poland expels Russian embassy staff                                      | 161 POL->RUSGOV |
            Mali suspends French broadcasters.                                       | 172 MLI->FRA |
            US sanctions Iranian oil firms.                                          | 163 USA->IRN |
            Britain slaps sanctions on Russian oligarchs.                            | 163 GBR->RUS |
            """)
    void morePhrasings(String text, String first, String second) {
        assertEquals(second == null ? List.of(first) : List.of(first, second), events(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Japan condemns North Korea's missile launch.                | 111 JPN->PRK
            Iran accuses Israel of sabotage at nuclear site.            | 112 IRN->ISR
            Britain summons Chinese ambassador.                         | 110 GBR->CHNGOV
            China lodges protest with Japan over visit.                 | 114 CHN->JPN
            Israel warns Hezbollah of harsh response.                   | 130 ISR->LBNREB
            US warns Russia against invading Ukraine.                   | 130 USA->RUS
            Turkey threatens to block Sweden's NATO bid.                | 131 TUR->SWE
            Venezuela refuses to recognise election results.            | 120 VEN->-
            Serbia refuses to impose sanctions on Russia.               | 120 SRB->RUS
            Egypt offers to host Gaza talks.                            | 036 EGY->PSE
            Turkey agrees to lift its veto on Sweden.                   | 035 TUR->SWE
            Ukraine ready to hold talks with Russia.                    | 036 UKR->RUS
            Japan pledges $500 million to Ukraine.                      | 033 JPN->UKR
            US announces new military aid package for Ukraine.          | 072 USA->UKR
            China sends rescue team to Turkey.                          | 073 CHN->TUR
            Russia frees US basketball star.                            | 0841 RUS->USA
            Armenia concedes Nagorno-Karabakh to Azerbaijan.            | 080 ARM->AZE
            EU investigates Chinese electric car subsidies.             | 090 EU->CHN
            Mexico demands apology from Spain.                          | 100 MEX->ESP
            Ukraine calls on West for more tanks.                       | 023 UKR->-
            Poland urges Germany to send tanks to Ukraine.              | 020 POL->DEU
            EU calls on Israel to show restraint.                       | 020 EU->ISR
            China slams US over Taiwan arms sale.                       | 111 CHN->USA
            Russia cuts gas supplies to Poland.                         | 162 RUS->POL
            Ukraine breaks off diplomatic relations with Russia.        | 161 UKR->RUS
            Nicaragua severs ties with Taiwan.                          | 161 NIC->TWN
            US suspends military aid to Niger.                          | 162 USA->NER
            Burkina Faso expels French military attache.                | 161 BFA->FRAMIL
            EU imposes tariffs on Chinese steel.                        | 163 EU->CHN
            Saudi Arabia restores diplomatic ties with Iran.            | 054 SAU->IRN
            Hamas denies firing rockets at Israel.                      | 016 PSEREB->ISR
            Russia rules out ceasefire in Ukraine.                      | 120 RUS->UKR
            Israel rejects calls for ceasefire.                         | 120 ISR->-
            Russia said on Tuesday it had expelled ten Estonian diplomats.           | 161 RUS->ESTGOV
            Iran's foreign minister vowed that Tehran would respond to any Israeli attack. | 130 IRNGOV->ISR
            North Korea on Sunday warned that it would take military action against South Korea. | 138 PRK->KOR
            The United States has launched an investigation into the attack on its embassy in Iraq. | 090 USA->IRQGOV
            Turkey's president threatened on Wednesday to send troops into northern Syria. | 138 TURGOV->SYR
            Germany pledged on Friday to provide Ukraine with air defence systems.   | 033 DEU->UKR
            Pakistan has refused to hand over the suspects to India.                 | 120 PAK->IND
            Iran refused to allow UN inspectors into the site.                       | 120 IRN->UNO
            Russia recalled its ambassador to Israel for consultations.              | 161 RUS->ISR
            Canada imposed sanctions on Iranian officials.                           | 163 CAN->IRNGOV
            Ukraine welcomed the EU's decision to open accession talks.              | 051 UKR->EU
            Hungary blocks EU aid to Ukraine                                         | 129 HUN->EU
            Japan to impose sanctions on Russian banks                               | 1312 JPN->RUS
            UN envoy calls for restraint in Libya                                    | 020 UNO->LBY
            Putin threatens West with nuclear weapons                                | 138 RUSGOV->-
            Russia vows response to NATO expansion                                   | 130 RUS->NATO
            EU pledges to cut Russian gas imports                                    | 131 EU->RUS
            Venezuela offers to free US prisoners                                    | 035 VEN->USACVL
            Saudi Arabia offers to mediate in Sudan                                  | 039 SAU->SDN
            Belarus denies plans to join war                                         | 016 BLR->-
            New US sanctions on Iran                                                 | 163 USA->IRN
            """)
    void commonHeadlineVerbs(String text, String event) {
        assertEquals(List.of(event), events(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Russia did not threaten Finland.
            Will China sanction Lithuania?
            If Iran rejects the deal, the EU could impose sanctions.
            Iran may reject the proposal.
            Germany never recalled its ambassador from Russia.
            Biden told reporters about his trip.
            Macron said the summit was useful.
            Russia has not expelled any Finnish diplomats.
            Would Turkey block Sweden's NATO bid?
            Did Russia threaten Finland?
            Russia did not rule out talks with Ukraine, the Kremlin said.
            Japan might cut aid to Myanmar.
            If Serbia refuses, the EU may suspend talks.
            """)
    void notAnEvent(String text) {
        assertEquals(List.of(), events(text));
    }
}
