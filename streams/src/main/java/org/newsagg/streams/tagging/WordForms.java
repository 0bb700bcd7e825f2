package org.newsagg.streams.tagging;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The forms a pattern word may match for one token: the token, OpenNLP's lemma and the regular English stems of
 * the token. OpenNLP's UD lemmatizer misses some regular forms ("blamed" -> "blam"), so the stems back it up.
 */
final class WordForms {

    private WordForms() {}

    static String[] of(String lower, String lemma) {
        Set<String> out = new LinkedHashSet<>(6);
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
        return out.toArray(String[]::new);
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
