package org.newsagg.streams.tagging;

import java.util.Arrays;
import java.util.Objects;

/**
 * The forms a pattern word may match for one token: the token, OpenNLP's lemma and the regular English stems of
 * the token. OpenNLP's UD lemmatizer misses some regular forms ("blamed" -> "blam"), so the stems back it up.
 */
final class WordForms {

    private WordForms() {}

    /** At most eight forms: the token, the lemma, "-ies" -> "-y", "-es", "-s" and three stems of "-ed" or "-ing". */
    private static final int MAX_FORMS = 8;

    static String[] of(String lower, String lemma) {
        // Called for every word of every sentence, twice: a small array with a linear duplicate check keeps the
        // order and the distinctness a LinkedHashSet gave, without its hashing and allocation.
        Forms out = new Forms();
        out.add(lower);
        out.add(lemma);
        int n = lower.length();
        if (n > 4 && (lower.endsWith("ied") || lower.endsWith("ies"))) out.add(lower.substring(0, n - 3) + "y");
        if (n > 3 && lower.endsWith("es")) out.add(lower.substring(0, n - 2));
        if (n > 3 && lower.endsWith("s") && !lower.endsWith("ss")) out.add(lower.substring(0, n - 1));
        if (n > 4 && lower.endsWith("ed")) {
            String stem = lower.substring(0, n - 2);
            out.add(stem);
            out.add(stem + "e");
            if (doubled(stem)) out.add(stem.substring(0, stem.length() - 1));
        }
        if (n > 4 && lower.endsWith("ing")) {
            String stem = lower.substring(0, n - 3);
            out.add(stem);
            out.add(stem + "e");
            if (doubled(stem)) out.add(stem.substring(0, stem.length() - 1));
        }
        return out.toArray();
    }

    /** Distinct forms in the order first added. */
    private static final class Forms {
        private final String[] forms = new String[MAX_FORMS];
        private int size;

        void add(String form) {
            for (int k = 0; k < size; k++) if (Objects.equals(forms[k], form)) return;
            forms[size++] = form;
        }

        String[] toArray() {
            return Arrays.copyOf(forms, size);
        }
    }

    private static boolean doubled(String stem) {
        int n = stem.length();
        return n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && "aeiou".indexOf(stem.charAt(n - 1)) < 0;
    }

    static boolean contains(String[] forms, String word) {
        for (String f : forms) if (f.equals(word)) return true;
        return false;
    }
}
