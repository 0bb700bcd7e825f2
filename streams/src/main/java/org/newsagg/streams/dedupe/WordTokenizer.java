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
        StringBuilder w = new StringBuilder(24);
        int wordStart = 0;
        int len = text.length();
        for (int i = 0; i <= len; i++) {
            char c = i < len ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                if (w.length() == 0) wordStart = i;
                w.append(Character.toLowerCase(c));
                continue;
            }
            // Apostrophes inside a word ("Russia's", "don't") end it without splitting it into noise.
            if ((c == '\'' || c == '\u2019') && w.length() > 0 && i + 1 < len && Character.isLetter(text.charAt(i + 1))) {
                int j = i + 1;
                while (j < len && Character.isLetter(text.charAt(j))) j++;
                i = j - 1;
                c = ' ';
            }
            if (w.length() > 0) {
                if (n == words.length) {
                    words = Arrays.copyOf(words, n * 2);
                    proper = Arrays.copyOf(proper, n * 2);
                }
                boolean upper = Character.isUpperCase(text.charAt(wordStart));
                words[n] = w.toString();
                proper[n] = upper && !sentenceStart;
                n++;
                w.setLength(0);
                sentenceStart = false;
            }
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '\u201c') {
                sentenceStart = true;
            }
        }
        return new Words(words, proper, n);
    }
}
