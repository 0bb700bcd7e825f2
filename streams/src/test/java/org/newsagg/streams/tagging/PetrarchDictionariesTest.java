package org.newsagg.streams.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated-dictionary rules, on rows an operator's directory adds under petrarch2/ (bundled generated rows load
 * first, then these): hand-written phrases and trigger words win, generated people code only inside their terms,
 * generated role words are never actors on their own, and patterns are found through their trigger and anchor.
 */
class PetrarchDictionariesTest {

    @TempDir
    Path dir;

    private DictionaryFiles files(String people, String roles, String verbs) throws IOException {
        Path p = Files.createDirectories(dir.resolve("petrarch2"));
        Files.writeString(p.resolve("people.tsv"), people);
        Files.writeString(p.resolve("roles.tsv"), roles);
        Files.writeString(p.resolve("named-actors.tsv"), "Kingdom of Norway\tNOR\n");
        Files.writeString(p.resolve("verbs.tsv"), verbs);
        return new DictionaryFiles(dir);
    }

    private static String[] split(String s) {
        return s.split(" ");
    }

    private static List<String> codes(List<ActorMention> mentions) {
        List<String> out = new ArrayList<>();
        for (ActorMention m : mentions) out.add(m.code() + (m.bareRole() ? "(bare " + m.role() + ")" : ""));
        return out;
    }

    @Test
    void handWrittenNamesWinAndGeneratedPeopleCodeOnlyInsideTheirTerms() throws IOException {
        DictionaryFiles f = files("Vladimir Putin\t\tUKRGOV\t2000-01-01\t\nJane Example\t\tNORGOV\t2020-01-01\t2021-01-01\n",
                "", "");
        ActorRecognizer r = new ActorRecognizer(ActorDictionary.load(f, PetrarchDictionariesTest::split), new HashSet<>());

        assertEquals(List.of("RUSGOV"), codes(r.recognise(split("Vladimir Putin spoke"), LocalDate.of(2022, 3, 1),
                new HashSet<>())));
        assertEquals(List.of("NORGOV"), codes(r.recognise(split("Jane Example spoke"), LocalDate.of(2020, 6, 1),
                new HashSet<>())));
        assertEquals(List.of(), codes(r.recognise(split("Jane Example spoke"), LocalDate.of(2022, 6, 1),
                new HashSet<>())));
    }

    @Test
    void generatedRoleWordsRefineACountryButAreNoActorsAlone() throws IOException {
        DictionaryFiles f = files("", "coast guards\tCOP\nopposition leader\tOPP\ntroop\tMIL\n", "");
        ActorRecognizer r = new ActorRecognizer(ActorDictionary.load(f, PetrarchDictionariesTest::split), new HashSet<>());

        assertEquals(List.of("NORCOP"), codes(r.recognise(split("Norwegian coast guards said"), null, new HashSet<>())));
        assertEquals(List.of(), codes(r.recognise(split("the coast guards said"), null, new HashSet<>())));
        // "opposition leader" holds the hand-written role word "opposition", so the generated row is left out.
        assertEquals(List.of("null(bare OPP)", "null(bare GOV)"),
                codes(r.recognise(split("the opposition leader said"), null, new HashSet<>())));
        // "troop" is the singular of the hand-written "troops", which lists its forms on purpose.
        assertEquals(List.of("NOR"), codes(r.recognise(split("a Norwegian troop pullback"), null, new HashSet<>())));
    }

    @Test
    void aGeneratedCountryNameJoinsRoleWordsAsACountryDoes() throws IOException {
        DictionaryFiles f = files("", "", "");
        ActorRecognizer r = new ActorRecognizer(ActorDictionary.load(f, PetrarchDictionariesTest::split), new HashSet<>());

        assertEquals(List.of("NORGOV"), codes(r.recognise(split("the ambassador of Kingdom of Norway"), null,
                new HashSet<>())));
    }

    @Test
    void generatedPatternsLoseHandWrittenTriggersAndAreFoundByTheirAnchor() throws IOException {
        DictionaryFiles f = files("", "", "1121\tV\taccuse|vilify * of * corruption\tweak\n070\tV\tbestow\tweak\n");
        EventPatterns patterns = EventPatterns.load(f, CameoCodes.load(f));
        String[][] forms = {{"vilify"}, {"x"}, {"of"}, {"corruption"}};
        String[][] noAnchor = {{"vilify"}, {"x"}};

        List<EventPattern> found = patterns.candidates(forms, 0);

        assertEquals(1, found.size());
        assertEquals("1121", found.get(0).code());
        assertEquals(List.of("vilify"), found.get(0).heads());
        assertEquals(List.of(), patterns.candidates(noAnchor, 0));
        assertEquals(List.of("070"), patterns.candidates(new String[][] {{"bestow"}}, 0).stream()
                .map(EventPattern::code).toList());
        // "accuse" starts hand-written patterns, so the generated one no longer starts there.
        assertEquals(List.of(), patterns.candidates(new String[][] {{"accuse"}, {"of"}, {"corruption"}}, 0).stream()
                .filter(EventPattern::weak).toList());
    }

    private static List<String> events(ArticleTags tags) {
        return tags.events().stream().map(e -> e.code() + " " + e.source() + "->" + e.target()).toList();
    }

    @Test
    void generatedPatternsCodeOnlyWhatHandWrittenOnesLeaveAndOnlyInAVerbsPlace() throws IOException {
        files("", "", "111\tV\tvilify * corruption\tweak\n");
        ArticleTagger tagger = ArticleTagger.load(TaggingSettings.defaults().withDictionaryDir(dir));
        Instant day = Instant.parse("2024-05-01T00:00:00Z");

        assertEquals(List.of("111 NOR->SWE"), events(tagger.tag("Norway vilified Sweden over corruption.", day)));
        // The hand-written "accuse * of * fraud" (1121) wins although it sits in a background clause.
        assertEquals(List.of("1121 SWE->NOR"), events(tagger.tag(
                "Norway vilified Sweden over corruption after Sweden accused Norway of fraud.", day)));
        // A participle after a noun is not in a verb's place.
        assertEquals(List.of(), events(tagger.tag("Norway read the report vilified over corruption.", day)));
    }
}
