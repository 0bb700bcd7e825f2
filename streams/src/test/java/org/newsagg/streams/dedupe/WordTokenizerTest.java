package org.newsagg.streams.dedupe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {

    private final WordTokenizer tokenizer = new WordTokenizer();

    @Test
    void splitsIntoLowerCaseWordsAndMarksCapitalsInsideASentence() {
        WordTokenizer.Words w = tokenizer.tokenize("The Mayor of Osvik opened 2 bridges. Then she left: Tara Reid");
        assertArrayEquals(new String[] {"the", "mayor", "of", "osvik", "opened", "2", "bridges", "then", "she", "left",
                "tara", "reid"}, Arrays.copyOf(w.words(), w.size()));
        assertArrayEquals(new boolean[] {false, true, false, true, false, false, false, false, false, false, false,
                true}, Arrays.copyOf(w.proper(), w.size()));
    }

    @Test
    void apostropheEndsAWordWithoutMakingNoise() {
        WordTokenizer.Words w = tokenizer.tokenize("Russia's plan, they don\u2019t say.");
        assertArrayEquals(new String[] {"russia", "plan", "they", "don", "say"}, Arrays.copyOf(w.words(), w.size()));
    }

    @Test
    void lowerCasesLettersBeyondAscii() {
        WordTokenizer.Words w = tokenizer.tokenize("In Zürich, the ÉCOLE and the Straße.");
        assertArrayEquals(new String[] {"in", "zürich", "the", "école", "and", "the", "straße"},
                Arrays.copyOf(w.words(), w.size()));
        assertEquals(true, w.proper()[1]);
    }

    @Test
    void manyWordsGrowTheArrays() {
        WordTokenizer.Words w = tokenizer.tokenize("a b c d e f g h i j k l m n o p q r s t");
        assertEquals(20, w.size());
        assertEquals("t", w.words()[19]);
    }
}
