package org.newsagg.streams.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.model.ActorTag;
import org.newsagg.model.Article;
import org.newsagg.model.EventTag;

class ArticleTaggerTest {

    private static final Instant MARCH_2022 = Instant.parse("2022-03-24T10:00:00Z");
    private static ArticleTagger tagger;

    @BeforeAll
    static void load() {
        tagger = ArticleTagger.load(TaggingSettings.defaults());
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = ArticleTaggerTest.class.getResourceAsStream("/tagging/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<EventTag> asserted(ArticleTags tags) {
        return tags.events().stream().filter(EventTag::asserted).toList();
    }

    @Test
    void usAccusingRussiaOfWarCrimesIsTaggedAsAnAccusationFromUsaToRussia() throws IOException {
        String text = fixture("us-accuses-russia.txt");
        String[] parts = text.split("\n\n", 2);
        Article article = new Article("a1", "https://example.org/a1", "https://example.org/a1", "Example",
                "https://example.org/feed", parts[0], null, parts[1], MARCH_2022, MARCH_2022, "en", "h1");

        ArticleTags tags = tagger.tag(article);

        EventTag accusation = asserted(tags).stream()
                .filter(e -> e.root().equals("11") && e.code().equals("1124"))
                .filter(e -> e.source().startsWith("USA") && e.target().startsWith("RUS"))
                .findFirst().orElseThrow(() -> new AssertionError(tagger.explain(article)));
        assertEquals("Accuse of war crimes", accusation.name());
        assertEquals(3, accusation.quadClass());
        assertEquals(-2.0, accusation.goldstein());
        assertEquals("ACCUSE", accusation.plover());
        assertTrue(tagger.explain(article).contains("1124 Accuse of war crimes"));
    }

    @Test
    void actorsAreOrderedByMentionsThenCode() {
        ArticleTags tags = tagger.tag("Germany and France met. Germany praised Austria.", MARCH_2022);

        assertEquals(List.of(new ActorTag("DEU", "DEU", null, "Germany", 2),
                new ActorTag("AUT", "AUT", null, "Austria", 1),
                new ActorTag("FRA", "FRA", null, "France", 1)), tags.actors());
    }

    @Test
    void demonymFollowedByRoleWordGivesCountryAndRole() {
        ArticleTags tags = tagger.tag("Russian forces shelled the city while Ukrainian officials appealed for help.",
                MARCH_2022);

        assertEquals(List.of("RUSMIL", "UKRGOV"), tags.actors().stream().map(ActorTag::code).toList());
        assertEquals("MIL", tags.actors().get(0).role());
    }

    @Test
    void seatsOfPowerAndCapitalsStandForTheirGovernments() {
        ArticleTags tags = tagger.tag("The Kremlin rebuffed Downing Street, and Beijing stayed silent.", MARCH_2022);

        assertEquals(List.of("CHNGOV", "GBRGOV", "RUSGOV"), tags.actors().stream().map(ActorTag::code).toList());
    }

    @Test
    void roleWordFollowedByOfCountryTakesThatCountry() {
        ArticleTags tags = tagger.tag("The president of Brazil visited Argentina.", MARCH_2022);

        assertEquals(List.of("ARG", "BRAGOV"), tags.actors().stream().map(ActorTag::code).toList());
        EventTag visit = tags.events().get(0);
        assertEquals("042", visit.code());
        assertEquals("BRAGOV", visit.source());
        assertEquals("ARG", visit.target());
    }

    @Test
    void surnameAloneResolvesAfterTheFullNameOrWhileInOffice() {
        ArticleTags later = tagger.tag("Reporters waited. Blinken said nothing.", MARCH_2022);
        ArticleTags before = tagger.tag("Reporters waited. Blinken said nothing.", Instant.parse("2015-01-01T00:00:00Z"));
        ArticleTags introduced = tagger.tag("Antony Blinken spoke. Later Blinken left.",
                Instant.parse("2015-01-01T00:00:00Z"));

        assertEquals(List.of(new ActorTag("USAGOV", "USA", "GOV", "Blinken", 1)), later.actors());
        assertEquals(List.of(), before.actors());
        assertEquals(List.of(new ActorTag("USA", "USA", null, "Antony Blinken", 2)), introduced.actors());
    }

    @Test
    void historicalOfficeHolderCodesByTheArticleDate() {
        ArticleTags tags = tagger.tag("Boris Yeltsin met Bill Clinton in Moscow.", Instant.parse("1995-05-10T00:00:00Z"));

        EventTag meeting = tags.events().get(0);
        assertEquals("040", meeting.code());
        assertEquals("RUSGOV", meeting.source());
        assertEquals("USAGOV", meeting.target());
    }

    @Test
    void passiveVoiceTakesTheAgentAsSource() {
        EventTag e = tagger.tag("Turkish troops were attacked by Syrian rebels.", MARCH_2022).events().get(0);

        assertEquals("180", e.code());
        assertEquals("SYRREB", e.source());
        assertEquals("TURMIL", e.target());
        assertEquals(EventTag.ASSERTED, e.context());
    }

    @Test
    void subjectsJoinedByAndGiveReciprocalEvents() {
        List<EventTag> events = tagger.tag("Chile and Peru signed a border treaty on Monday.", MARCH_2022).events();

        assertEquals(2, events.size());
        assertEquals("057", events.get(0).code());
        assertEquals(List.of("CHL>PER", "PER>CHL"), events.stream().map(e -> e.source() + ">" + e.target()).toList());
    }

    @Test
    void negatedAndHypotheticalEventsAreMarkedNotAsserted() {
        EventTag negated = tagger.tag("Japan did not condemn China.", MARCH_2022).events().get(0);
        EventTag hypothetical = tagger.tag("Syria may use chemical weapons against Turkey.", MARCH_2022).events().get(0);
        EventTag conditional = tagger.tag("If Serbia imposes sanctions on Kosovo, trade will suffer.", MARCH_2022)
                .events().get(0);

        assertEquals(List.of("111", EventTag.NEGATED), List.of(negated.code(), negated.context()));
        assertEquals(List.of("204", EventTag.HYPOTHETICAL), List.of(hypothetical.code(), hypothetical.context()));
        assertEquals(List.of("163", EventTag.HYPOTHETICAL), List.of(conditional.code(), conditional.context()));
    }

    @Test
    void futureActsAreCodedAsTheStatedIntentionOrThreat() {
        EventTag aid = tagger.tag("Norway will send humanitarian aid to Sudan.", MARCH_2022).events().get(0);
        EventTag sanctions = tagger.tag("If talks fail, Serbia will impose sanctions on Kosovo.", MARCH_2022)
                .events().get(0);
        EventTag refusal = tagger.tag("Chile said it would not sign the treaty with Bolivia.", MARCH_2022)
                .events().get(0);

        assertEquals(List.of("033", EventTag.ASSERTED, "NOR", "SDN"),
                List.of(aid.code(), aid.context(), aid.source(), aid.target()));
        assertEquals(List.of("1312", EventTag.ASSERTED), List.of(sanctions.code(), sanctions.context()));
        assertEquals(List.of("120", EventTag.ASSERTED, "CHL", "BOL"),
                List.of(refusal.code(), refusal.context(), refusal.source(), refusal.target()));
    }

    @Test
    void threatsAreAssertedEvenThoughTheyTalkAboutTheFuture() {
        EventTag threat = tagger.tag("North Korea threatened to attack South Korea.", MARCH_2022).events().get(0);

        assertEquals("138", threat.code());
        assertEquals("PRK", threat.source());
        assertEquals("KOR", threat.target());
        assertEquals(EventTag.ASSERTED, threat.context());
    }

    @Test
    void attacksByStatesAreConventionalForceAndByGunmenUnconventional() {
        EventTag army = tagger.tag("Ethiopian troops attacked Eritrea.", MARCH_2022).events().get(0);
        EventTag gunmen = tagger.tag("Kenya was attacked by gunmen from Somalia.", MARCH_2022).events().get(0);

        assertEquals(List.of("190", "ETHMIL", "ERI"), List.of(army.code(), army.source(), army.target()));
        assertEquals(List.of("180", "SOMINS", "KEN"), List.of(gunmen.code(), gunmen.source(), gunmen.target()));
    }

    @Test
    void reportedDemandWithMustComesFromTheSpeaker() {
        EventTag demand = tagger.tag("Germany said on Monday that Hungary must free the journalists.", MARCH_2022)
                .events().get(0);

        assertEquals(List.of("100", "DEU", "HUN"), List.of(demand.code(), demand.source(), demand.target()));
    }

    @Test
    void trailingSpeakerIsNotTheTarget() {
        EventTag e = tagger.tag("Iran attacked a tanker, Israeli officials said.", MARCH_2022).events().get(0);

        assertEquals("IRN", e.source());
        assertEquals(null, e.target());
    }

    @Test
    void unknownCapitalisedSequencesAreReportedUnresolved() {
        ArticleTags tags = tagger.tag("Officials in Norway met Zorblat Quenmark of the Vesper Institute.", MARCH_2022);

        assertEquals(List.of("Zorblat Quenmark", "Vesper Institute"), tags.unresolved());
    }

    @Test
    void userDictionaryDirectoryAddsEntriesWithoutRebuilding(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("people.tsv"), "Zorblat Quenmark\tQuenmark\tNORGOV\t2020-01-01\t\n");
        ArticleTagger custom = ArticleTagger.load(TaggingSettings.defaults().withDictionaryDir(dir));

        ArticleTags tags = custom.tag("Zorblat Quenmark criticized Sweden.", MARCH_2022);

        assertEquals(List.of("NORGOV", "SWE"), tags.actors().stream().map(ActorTag::code).toList());
        assertEquals("NORGOV>SWE", tags.events().get(0).source() + ">" + tags.events().get(0).target());
    }

    @Test
    void emptyAndMissingTextGiveNoTags() {
        Article bare = new Article("a2", null, null, null, null, null, null, null, null, null, null, null);

        assertEquals(new ArticleTags(List.of(), List.of(), List.of()), tagger.tag(bare));
        assertEquals(new ArticleTags(List.of(), List.of(), List.of()), tagger.tag("", MARCH_2022));
    }

    @Test
    void readsNoMoreThanTheSentenceBudget() {
        ArticleTagger shortReader = ArticleTagger.load(new TaggingSettings(null, 1, 20));

        ArticleTags tags = shortReader.tag("Peru praised Chile. Bolivia condemned Brazil.", MARCH_2022);

        assertEquals(List.of("CHL", "PER"), tags.actors().stream().map(ActorTag::code).toList());
    }

    @Test
    void bareRoleWordsTakeTheSentencesOnlyCountry() {
        EventTag arrest = tagger.tag("Police in Senegal detained opposition leaders.", MARCH_2022).events().get(0);
        EventTag resignation = tagger.tag("The prime minister of the interim government resigned in Haiti.",
                MARCH_2022).events().get(0);

        assertEquals(List.of("173", "SENCOP", "SENOPP"), List.of(arrest.code(), arrest.source(), arrest.target()));
        assertEquals("HTIGOV", resignation.source());
        assertEquals(null, resignation.target());
    }
}
