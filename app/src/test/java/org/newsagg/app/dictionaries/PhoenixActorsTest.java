package org.newsagg.app.dictionaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhoenixActorsTest {

    private static final List<String> FIXTURE = List.of(
            "# a comment line",
            "NORWAY_  [NOR]",
            "+KINGDOM_OF_NORWAY_",
            "",
            "JANE_EXAMPLE_  ; Example.txt",
            "+JANE_Q._EXAMPLE",
            "+EXAMPLE_",
            "\t[NORELI 700101-991231]",
            "\t[NORGOV 000101-051231] # first term",
            "\t[NORGOV >20100601]",
            "\t[NORMIL <650101]",
            "\t[NORELI]",
            "BROKEN_DATE_ [NORGOV 2004017-20061201]");

    @Test
    void readsPhrasesSynonymsAndDatedCodes() {
        List<PhoenixActors.Actor> actors = PhoenixActors.parse(FIXTURE);

        assertEquals(3, actors.size());
        assertEquals(new PhoenixActors.Actor(List.of("NORWAY", "KINGDOM OF NORWAY"),
                List.of(new PhoenixActors.DatedCode("NOR", null, null))), actors.get(0));
        assertEquals(new PhoenixActors.Actor(List.of("JANE EXAMPLE", "JANE Q. EXAMPLE", "EXAMPLE"), List.of(
                new PhoenixActors.DatedCode("NORELI", LocalDate.of(1970, 1, 1), LocalDate.of(1999, 12, 31)),
                new PhoenixActors.DatedCode("NORGOV", LocalDate.of(2000, 1, 1), LocalDate.of(2005, 12, 31)),
                new PhoenixActors.DatedCode("NORGOV", LocalDate.of(2010, 6, 1), null),
                new PhoenixActors.DatedCode("NORMIL", null, LocalDate.of(1965, 1, 1)),
                new PhoenixActors.DatedCode("NORELI", null, null))), actors.get(1));
    }

    @Test
    void aMalformedDateDropsOnlyThatCode() {
        PhoenixActors.Actor broken = PhoenixActors.parse(FIXTURE).get(2);

        assertEquals(List.of("BROKEN DATE"), broken.names());
        assertEquals(List.of(), broken.codes());
    }

    @Test
    void twoDigitYearsBelowThirtyAreThisCentury() {
        assertEquals(LocalDate.of(2029, 12, 31), PhoenixActors.date("291231"));
        assertEquals(LocalDate.of(1930, 1, 1), PhoenixActors.date("300101"));
        assertEquals(LocalDate.of(1897, 1, 1), PhoenixActors.date("18970101"));
        assertNull(PhoenixActors.date("200100"));
    }
}
