package org.newsagg.streams.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DictionaryCoverageTest {

    private final DictionaryFiles files = new DictionaryFiles(null);

    @Test
    void everyIsoCountryHasAName() {
        Set<String> codes = new HashSet<>();
        for (String[] row : files.rows("countries.tsv")) {
            codes.add(row[0]);
            assertTrue(!DictionaryFiles.column(row, 1).isEmpty(), row[0] + " has no name");
        }
        // 249 ISO 3166-1 alpha-3 codes plus Kosovo's user-assigned XKX.
        assertEquals(250, codes.size());
        assertTrue(codes.containsAll(Set.of("USA", "RUS", "UKR", "CHN", "PSE", "TWN", "SSD", "XKX")));
    }

    @Test
    void everyPatternCodeIsInTheCameoTable() {
        CameoCodes codes = CameoCodes.load(files);
        EventPatterns patterns = EventPatterns.load(files, codes);

        assertEquals(new CameoCode("112", "Accuse", 3, -2.0, "ACCUSE"), codes.find("112").orElseThrow());
        assertEquals(new CameoCode("190", "Use conventional military force", 4, -10.0, "ASSAULT"),
                codes.find("190").orElseThrow());
        assertTrue(patterns.size() > 400);
    }

    @Test
    void peopleHaveValidDateRanges() {
        int people = 0;
        for (String[] row : files.rows("people.tsv")) {
            people++;
            String to = DictionaryFiles.column(row, 4);
            if (!to.isEmpty()) {
                assertTrue(java.time.LocalDate.parse(DictionaryFiles.column(row, 3))
                        .isBefore(java.time.LocalDate.parse(to)), row[0]);
            }
        }
        assertTrue(people >= 300, "people: " + people);
    }
}
