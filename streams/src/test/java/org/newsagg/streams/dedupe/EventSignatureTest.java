package org.newsagg.streams.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EventSignatureTest {

    private final EventSignature signature = new EventSignature();
    private final WordTokenizer tokenizer = new WordTokenizer();

    @Test
    void countsTheYearsMonthsAndWeekdaysAnArticleNames() {
        Map<String, Integer> dates = dates("Quake jolts Corvant",
                "The quake struck on Sunday, 3 March 2019. By Monday, aid had arrived; in 2019 alone the town had two.");
        assertEquals(Map.of("y2019", 2, "mmarch", 1, "dsunday", 1, "dmonday", 1), dates);
    }

    @Test
    void abbreviatedMonthsCountAndAmbiguousWordsOnlyWhenCapitalisedInASentence() {
        assertEquals(Map.of("mdecember", 1, "mmay", 1), dates("", "Talks resumed on Dec. 8 and may end in May."));
        // "March" opening a sentence could be the verb: it is not counted.
        assertEquals(Map.of(), dates("", "March on, they said."));
    }

    @Test
    void numbersThatAreNotYearsAreNotDates() {
        assertEquals(Map.of(), dates("", "Some 1850 people and 23 boats; route 3000."));
    }

    @Test
    void agreementAddsOnePerSlotWithTheSameMostNamedValueAndTakesOnePerSlotInConflict() {
        Map<String, Integer> article = Map.of("y2019", 2, "mmarch", 1, "dsunday", 1);
        assertEquals(3.0, EventSignature.agreement(article, Map.of("y2019", 5, "mmarch", 3, "dsunday", 2, "y2018", 1)));
        assertEquals(-3.0, EventSignature.agreement(article, Map.of("y2024", 2, "moctober", 2, "dthursday", 2)));
        // The story's most named year is the article's second: half an agreement.
        assertEquals(0.5, EventSignature.agreement(Map.of("y2019", 2, "y1972", 1), Map.of("y1972", 4)));
    }

    @Test
    void slotsOnlyOneSideNamesCountForNothing() {
        assertEquals(0.0, EventSignature.agreement(Map.of("y2019", 1), Map.of("mmarch", 1, "dfriday", 1)));
        assertEquals(0.0, EventSignature.agreement(Map.of(), Map.of("y2019", 1)));
    }

    private Map<String, Integer> dates(String title, String body) {
        return signature.dates(tokenizer.tokenize(title), tokenizer.tokenize(body));
    }
}
