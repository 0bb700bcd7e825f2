package org.newsagg.streams.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenTrieTest {

    private static TokenTrie<String> trie() {
        TokenTrie<String> t = new TokenTrie<>();
        t.computeIfAbsent(new String[] {"united", "states"}, () -> "USA");
        t.computeIfAbsent(new String[] {"united", "states", "congress"}, () -> "USALEG");
        t.computeIfAbsent(new String[] {"united", "nations"}, () -> "UNO");
        t.computeIfAbsent(new String[] {"kremlin"}, () -> "RUSGOV");
        return t;
    }

    @SuppressWarnings("unchecked")
    private static TokenTrie.Match<String>[] buffer(int n) {
        return new TokenTrie.Match[n];
    }

    @Test
    void findsEveryPhraseAtAPositionShortestFirst() {
        String[] tokens = {"the", "united", "states", "congress", "voted"};
        TokenTrie.Match<String>[] out = buffer(tokens.length);

        int n = trie().matchesAt(tokens, 1, out);

        assertEquals(2, n);
        assertEquals(new TokenTrie.Match<>(1, 3, "USA"), out[0]);
        assertEquals(new TokenTrie.Match<>(1, 4, "USALEG"), out[1]);
    }

    @Test
    void aPrefixThatIsNoPhraseMatchesNothing() {
        String[] tokens = {"united", "we", "stand"};
        TokenTrie.Match<String>[] out = buffer(tokens.length);

        assertEquals(0, trie().matchesAt(tokens, 0, out));
        assertEquals(0, trie().matchesAt(tokens, 1, out));
    }

    @Test
    void matchStopsAtTheSentenceEnd() {
        String[] tokens = {"in", "the", "kremlin"};
        TokenTrie.Match<String>[] out = buffer(1);

        assertEquals(1, trie().matchesAt(tokens, 2, out));
        assertEquals(new TokenTrie.Match<>(2, 3, "RUSGOV"), out[0]);
    }

    @Test
    void exactLookupFirstWordsAndSize() {
        TokenTrie<String> t = trie();

        assertEquals("UNO", t.get("united", "nations"));
        assertNull(t.get("united"));
        assertTrue(t.startsPhrase("united"));
        assertFalse(t.startsPhrase("states"));
        assertEquals(4, t.size());
    }

    @Test
    void computeIfAbsentKeepsTheFirstValue() {
        TokenTrie<String> t = trie();

        assertEquals("USA", t.computeIfAbsent(new String[] {"united", "states"}, () -> "other"));
        assertEquals(4, t.size());
    }
}
