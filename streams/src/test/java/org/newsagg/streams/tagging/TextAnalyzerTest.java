package org.newsagg.streams.tagging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    @Test
    void keepsAbbreviationsAndNumbersWholeAndSplitsPossessivesAndNegation() {
        assertArrayEquals(new String[] {"The", "U.S.", "did", "n't", "fine", "Russia", "'s", "bank", "25,000",
                "dollars", ",", "Mr.", "Lee", "said", "."},
                analyzer.tokens("The U.S. didn't fine Russia's bank 25,000 dollars, Mr. Lee said."));
    }

    @Test
    void splitsSentences() {
        assertArrayEquals(new String[] {"Talks resumed on Monday.", "Both sides were hopeful."},
                analyzer.sentences("Talks resumed on Monday. Both sides were hopeful."));
    }
}
