package org.newsagg.app.dictionaries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CameoVerbPatternsTest {

    static final List<String> FIXTURE = List.of(
            "# header",
            "&CURRENCY",
            "+MONEY",
            "+CASH_",
            "",
            "&AUXVERB1_",
            "+WAS",
            "--- DEMAND [100] ---",
            "DEMAND",
            "BID {BIDS BADE BIDDING }  # tb 28 Apr 2006",
            "+BEEF_UP [0000]",
            "WIRE_+TAP {WIRE_+TAPS}",
            "- * &CURRENCY FOR + [0231:0231] # DEMAND <ab>",
            "- SAID + MUST * POLICY [100]",
            "- $ * + NOT_TO WITHDRAW [---]",
            "~ a (a b WILL_ATTACK) SAY = a b 138",
            "--- MEET [040]---",
            "MEET {MEETS MET MEETING}");

    @Test
    void readsSynonymSetsBlocksVerbsAndPatterns() {
        CameoVerbPatterns.Dictionary d = CameoVerbPatterns.parse(FIXTURE);

        assertEquals(new CameoVerbPatterns.Synset("CURRENCY", List.of("money", "cash")), d.synsets().get("CURRENCY"));
        assertEquals(new CameoVerbPatterns.Synset("AUXVERB1", List.of("was")), d.synsets().get("AUXVERB1"));
        assertEquals(2, d.blocks().size());
        CameoVerbPatterns.Block demand = d.blocks().get(0);
        assertEquals("DEMAND", demand.name());
        assertEquals("100", demand.code());
        assertEquals(List.of(
                new CameoVerbPatterns.Verb("demand", List.of(), null),
                new CameoVerbPatterns.Verb("bid", List.of("bids", "bade", "bidding"), null),
                new CameoVerbPatterns.Verb("beef up", List.of(), "0000"),
                new CameoVerbPatterns.Verb("wire tap", List.of("wire taps"), null)), demand.verbs());
        assertEquals(List.of(
                new CameoVerbPatterns.VerbPattern(List.of(), List.of("&CURRENCY", "FOR", "+"), "0231"),
                new CameoVerbPatterns.VerbPattern(List.of("SAID", "+", "MUST"), List.of("POLICY"), "100"),
                new CameoVerbPatterns.VerbPattern(List.of("$"), List.of("+", "NOT_TO", "WITHDRAW"), "---")),
                demand.patterns());
        assertEquals(new CameoVerbPatterns.Block("MEET", "040",
                List.of(new CameoVerbPatterns.Verb("meet", List.of("meets", "met", "meeting"), null)), List.of()),
                d.blocks().get(1));
    }
}
