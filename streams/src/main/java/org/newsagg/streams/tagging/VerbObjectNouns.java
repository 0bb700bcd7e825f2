package org.newsagg.streams.tagging;

import java.util.ArrayList;
import java.util.List;

/**
 * An event word that a hand-written verb pattern spans is that verb's object, the content of the act, and no act of
 * its own: "rebuffing calls for early elections" (a rejection, not an appeal), "dismisses sanctions as useless" (no
 * sanction), "accused Russia of aggression" (an accusation, not force), "seek UN backing" (an appeal, not support).
 * A word of the verb's own root stays ("calling Putin a war criminal" is the accusation itself). Generated
 * patterns are left out: their wildcards reach further than a verb's object.
 */
final class VerbObjectNouns {

    private VerbObjectNouns() {}

    /** The matches without those that start inside a hand-written verb match's span. */
    static List<PatternMatch> withoutObjects(List<PatternMatch> matches) {
        List<PatternMatch> out = null;
        for (int i = 0; i < matches.size(); i++) {
            PatternMatch m = matches.get(i);
            if (!insideVerbPhrase(m, matches)) {
                if (out != null) out.add(m);
                continue;
            }
            if (out == null) out = new ArrayList<>(matches.subList(0, i));
        }
        return out == null ? matches : out;
    }

    private static boolean insideVerbPhrase(PatternMatch m, List<PatternMatch> matches) {
        for (PatternMatch v : matches) {
            if (v == m || v.pattern().headPos() == 'N' || v.pattern().generated()) continue;
            // "calling Putin a war criminal": a word of the same root names the same act more closely.
            if (v.pattern().code().startsWith(m.pattern().code().substring(0, 2))) continue;
            if (v.start() < m.start() && m.start() < v.end() && v.end() > v.start() + 1) return true;
        }
        return false;
    }
}
