package org.newsagg.app.dictionaries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConversionTest {

    private static final TaggerCodes CODES = new TaggerCodes(Set.of("NOR", "TLS"),
            Map.of("united nations", "UNO"), Set.of("GOV", "MIL", "COP"),
            Set.of("010", "040", "100", "023", "190", "087", "0874"), Set.of("say", "hope"));

    @Test
    void datedRolesBecomePeopleRowsAndUndatedCodesNamedActors() {
        List<PhoenixActors.Actor> actors = PhoenixActors.parse(List.of(
                "UNITED_NATIONS_ [IGOUNO]",
                "JANE_EXAMPLE_",
                "+EXAMPLE_",
                "+PRESIDENT_JANE_EXAMPLE",
                "\t[NORELI 700101-991231]",
                "\t[NORGOV 000101-051231]",
                "\t[IGOUNO >100601]",
                "SOUTH_DILI_DISTRICT_ [TMP]",
                "OSLO_ [NOR]",
                "JOHN_NOBODY_ [XYZGOV]"));
        Map<String, String> learned = CODES.learnOrganisations(actors);

        ActorConversion.Result r = ActorConversion.convert(actors, CODES, learned);

        assertEquals(Map.of("IGOUNO", "UNO"), learned);
        assertEquals(List.of(
                new ActorConversion.PersonRow(List.of("Jane Example", "President Jane Example"), "NORGOV",
                        LocalDate.of(2000, 1, 1), LocalDate.of(2006, 1, 1)),
                new ActorConversion.PersonRow(List.of("Jane Example", "President Jane Example"), "UNO",
                        LocalDate.of(2010, 6, 1), null)), r.people());
        assertEquals(List.of(new ActorConversion.NamedRow("United Nations", "UNO"),
                new ActorConversion.NamedRow("South Dili District", "TLS")), r.named());
        assertEquals("Jane Example;President Jane Example\t\tNORGOV\t2000-01-01\t2006-01-01", r.people().get(0).tsv());
        assertEquals(Map.of("one-word name", 2, "dated code without a tagger role (ELI, unknown)", 1,
                "record with no usable name", 1, "record with no code the tagger knows", 1), r.skipped());
    }

    @Test
    void aLeadingArticleIsDropped() {
        ActorConversion.Result r = ActorConversion.convert(
                PhoenixActors.parse(List.of("THE_KINGDOM_OF_NORWAY_ [NOR]", "+THE_NORWEGIANS")), CODES, Map.of());

        assertEquals(List.of(new ActorConversion.NamedRow("Kingdom Of Norway", "NOR")), r.named());
        assertEquals(Map.of("one-word name", 1), r.skipped());
    }

    @Test
    void titleCaseKeepsDottedAbbreviations() {
        assertEquals("Vladimir V. Putin", ActorConversion.titleCase("VLADIMIR V. PUTIN"));
        assertEquals("Ban Ki-Moon", ActorConversion.titleCase("BAN KI-MOON"));
        assertEquals("U.S. Congress", ActorConversion.titleCase("U.S. CONGRESS"));
    }

    @Test
    void agentsBecomeRoleWordsOfTheTaggersRoles() {
        AgentConversion.Result r = AgentConversion.convert(List.of(
                new PhoenixAgents.Agent("FOREIGN MINISTER", "GOVFRM", true),
                new PhoenixAgents.Agent("FARMER", "AGR", true),
                new PhoenixAgents.Agent("HUMAN RIGHTS BODY", "NGO", false),
                new PhoenixAgents.Agent("FOREIGN MINISTER", "MIL", true)), CODES);

        assertEquals(List.of(new AgentConversion.RoleRow("foreign minister", "GOV")), r.roles());
        assertEquals(Map.of("role the tagger does not use", 1, "prefix agent (CODE~)", 1), r.skipped());
    }

    @Test
    void verbBlocksBecomeWeakSynonymSetsAndPatternsStartingAtTheVerb() {
        VerbConversion.Result r = VerbConversion.convert(CameoVerbPatterns.parse(List.of(
                "&CURRENCY",
                "+MONEY",
                "+HARD_CASH",
                "--- DEMAND [100] ---",
                "DEMAND",
                "BID {BIDS BADE}",
                "+BEEF_UP [0000]",
                "HOPE",
                "- * &CURRENCY FOR + [0234] # DEMAND",
                "- SAID * POLICY [100]",
                "- $ * + [023]",
                "- * &UNKNOWN [023]",
                "- * TO + [040]",
                "- * STATEMENT [010]",
                "--- RETREAT [0874] ---",
                "PULL_+OUT {PULLS_OUT PULLED_OUT}",
                "- * ^ FROM + [---]",
                "--- SHELL [190] ---",
                "SHELL",
                "--- EXPLAIN [010] ---",
                "SAY {SAYS SAID}",
                "- * + TOOK MONEY [100]")), CODES);

        assertEquals(List.of(
                new VerbConversion.VerbRow("100", "demand|bid", "weak"),
                new VerbConversion.VerbRow("023", "demand|bid|beef_up * money|hard_cash * for", "weak"),
                new VerbConversion.VerbRow("0874", "pull_out", "weak"),
                new VerbConversion.VerbRow("190", "shell", "weak,violence")), r.rows());
        assertEquals("023\tV\tdemand|bid|beef_up * money|hard_cash * for\tweak", r.rows().get(1).tsv());
        assertEquals(Map.of("verb with the null code, 010 or a code cameo.tsv lacks", 1,
                "verb the tagger reads as context (say, hope, plan...) or an auxiliary", 2,
                "pattern with words before the verb", 1,
                "pattern with no word after the verb", 1,
                "pattern with only function words after the verb", 1,
                "pattern with an unknown synonym set or odd token", 1,
                "pattern with the null code, 010 or a code cameo.tsv lacks", 2), r.skipped());
    }

    @Test
    void cameoCodesFallBackToTheirParentOrRoot() {
        assertEquals("0874", CODES.cameo("0874"));
        assertEquals("087", CODES.cameo("0871"));
        assertEquals("040", CODES.cameo("0456"));
        assertEquals(null, CODES.cameo("---"));
        assertEquals(null, CODES.cameo("999"));
    }
}
