package org.newsagg.streams.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventPatternTest {

    private static String[][] forms(String... words) {
        String[][] out = new String[words.length][];
        for (int i = 0; i < words.length; i++) out[i] = new String[] {words[i]};
        return out;
    }

    private static String[] tags(String tag, int n) {
        String[] out = new String[n];
        java.util.Arrays.fill(out, tag);
        return out;
    }

    @Test
    void gapAndSeveralWordAlternativeMatchAcrossTheObject() {
        EventPattern p = EventPattern.parse("1124", "V", "accuse * of * war_crime|genocide", "");
        String[] lower = {"accuse", "russia", "of", "brutal", "war", "crime", "."};

        int end = p.matchAt(lower, forms(lower), new boolean[7], tags("VERB", 7), 0);

        assertEquals(6, end);
        assertEquals(4, p.matchedWords(lower, forms(lower), new boolean[7], tags("VERB", 7), 0));
        assertEquals(List.of("accuse"), p.heads());
    }

    @Test
    void verbPatternNeedsAVerbTagOrAVerbPosition() {
        EventPattern p = EventPattern.parse("173", "V", "arrest", "weak");
        String[] lower = {"arrest"};

        assertEquals(-1, p.matchAt(lower, forms(lower), new boolean[] {false}, new String[] {"NOUN"}, 0));
        assertEquals(1, p.matchAt(lower, forms(lower), new boolean[] {true}, new String[] {"NOUN"}, 0));
        assertTrue(p.weak());
    }

    @Test
    void gapNeverCrossesAColon() {
        EventPattern p = EventPattern.parse("163", "V", "impose * sanction", "");
        String[] lower = {"impose", "limits", ":", "sanction"};

        assertEquals(-1, p.matchAt(lower, forms(lower), new boolean[4], tags("VERB", 4), 0));
    }

    @Test
    void optionalElementMayBeMissing() {
        EventPattern p = EventPattern.parse("042", "V", "visit [officially]", "");
        String[] lower = {"visit", "paris"};

        assertEquals(1, p.matchAt(lower, forms(lower), new boolean[2], tags("VERB", 2), 0));
    }
}
