package org.newsagg.streams.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds a sentence's pattern matches: at each word outside an actor's name the longest event pattern that matches
 * there, a generated (PETRARCH) one only on a word in a verb's place.
 */
final class PatternMatcher {

    private static final Set<String> VERB_BEFORE = Set.of("to", "will", "would", "not", "n't", "must", "may",
            "might", "could", "should", "can", "has", "have", "had", "did", "also", "then");

    private final EventPatterns patterns;

    PatternMatcher(EventPatterns patterns) {
        this.patterns = patterns;
    }

    List<PatternMatch> matches(String[] lower, String[][] forms, boolean[] verbal, boolean[] handVerbal,
                               String[] pos, List<ActorMention> mentions) {
        List<PatternMatch> out = new ArrayList<>();
        for (int i = 0; i < lower.length; i++) {
            if (insideMention(i, mentions)) continue;
            PatternMatch best = null;
            for (EventPattern p : patterns.candidates(forms, i)) {
                // A generated pattern needs its verb in a verb's place (after an actor, "to", a modal, "not"):
                // PETRARCH matched on a parse, and a participle after a noun ("the law adopted for the elections")
                // is no event of the sentence's actors.
                if (p.generated() && !verbal[i]) continue;
                boolean[] place = p.generated() ? verbal : handVerbal;
                int end = p.matchAt(lower, forms, place, pos, i);
                if (end < 0) continue;
                int words = p.matchedWords(lower, forms, place, pos, i);
                if (best == null || words > best.words() || (words == best.words() && end > best.end())
                        || (words == best.words() && end == best.end() && preferred(p, best.pattern()))) {
                    best = new PatternMatch(p, i, end, words);
                }
            }
            // "The Russian ambassador was summoned by ...": a passive's subject may be the pattern's object.
            PatternMatch passive = PassivePatterns.match(patterns, lower, forms, pos, i);
            if (passive != null && (best == null || passive.words() > best.words())) best = passive;
            if (best != null) out.add(best);
        }
        return out;
    }

    /** On an equal match a no-event phrase wins, a verb pattern beats a noun pattern, and a specific one a weak one. */
    private static boolean preferred(EventPattern p, EventPattern other) {
        if (p.noEvent() != other.noEvent()) return p.noEvent();
        int a = (p.headPos() == 'N' ? 1 : 0) + (p.weak() ? 2 : 0);
        int b = (other.headPos() == 'N' ? 1 : 0) + (other.weak() ? 2 : 0);
        return a < b;
    }

    /** Words in a verb's place whatever their tag: right after an actor, "to", a modal or "not". */
    static boolean[] verbal(String[] lower, List<ActorMention> mentions) {
        boolean[] out = new boolean[lower.length];
        for (ActorMention m : mentions) if (m.end() < lower.length && !m.adjective()) out[m.end()] = true;
        for (int i = 1; i < lower.length; i++) {
            if (VERB_BEFORE.contains(lower[i - 1])) out[i] = true;
        }
        return out;
    }

    static boolean insideMention(int i, List<ActorMention> mentions) {
        for (ActorMention m : mentions) if (i >= m.start() && i < m.end()) return true;
        return false;
    }
}
