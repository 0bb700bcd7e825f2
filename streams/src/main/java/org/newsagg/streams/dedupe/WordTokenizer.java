package org.newsagg.streams.dedupe;

import java.util.Arrays;

/**
 * Splits text into lower-case words (letters and digits), remembering which were capitalised inside a sentence:
 * those are the proper nouns that tell one story from another of the same kind.
 */
public final class WordTokenizer {

    /** The words of a text, and for each whether it looked like a proper noun. */
    public record Words(String[] words, boolean[] proper, int size) {}

    public Words tokenize(String text) {
        if (text == null) return new Words(new String[0], new boolean[0], 0);
        int cap = Math.max(16, text.length() / 5);
        String[] words = new String[cap];
        boolean[] proper = new boolean[cap];
        int n = 0;
        boolean sentenceStart = true;
        int wordStart = -1;
        boolean lowerCase = true; // the word so far needs no lower-casing: it can be a substring of the text
        int len = text.length();
        for (int i = 0; i <= len; i++) {
            char c = i < len ? text.charAt(i) : ' ';
            if (isLetterOrDigit(c)) {
                if (wordStart < 0) {
                    wordStart = i;
                    lowerCase = true;
                }
                if (lowerCase && !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) lowerCase = false;
                continue;
            }
            int wordEnd = i;
            // Apostrophes inside a word ("Russia's", "don't") end it without splitting it into noise.
            if ((c == '\'' || c == '\u2019') && wordStart >= 0 && i + 1 < len && Character.isLetter(text.charAt(i + 1))) {
                int j = i + 1;
                while (j < len && Character.isLetter(text.charAt(j))) j++;
                i = j - 1;
                c = ' ';
            }
            if (wordStart >= 0) {
                if (n == words.length) {
                    words = Arrays.copyOf(words, n * 2);
                    proper = Arrays.copyOf(proper, n * 2);
                }
                words[n] = lowerCase ? text.substring(wordStart, wordEnd) : lowerCased(text, wordStart, wordEnd);
                proper[n] = Character.isUpperCase(text.charAt(wordStart)) && !sentenceStart;
                n++;
                wordStart = -1;
                sentenceStart = false;
            }
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '\u201c') {
                sentenceStart = true;
            }
        }
        return new Words(words, proper, n);
    }

    /** {@link Character#isLetterOrDigit(char)}, without its table look-up for ASCII, most of any English text. */
    private static boolean isLetterOrDigit(char c) {
        if (c < 128) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9';
        return Character.isLetterOrDigit(c);
    }

    private static String lowerCased(String text, int from, int to) {
        char[] out = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            out[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c < 128 ? c : Character.toLowerCase(c);
        }
        return new String(out);
    }
}
