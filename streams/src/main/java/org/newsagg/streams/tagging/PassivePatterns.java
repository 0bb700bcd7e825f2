package org.newsagg.streams.tagging;

import java.util.List;
import java.util.Set;

/**
 * Patterns whose object stands before the verb in the passive: "The Russian ambassador was summoned by the German
 * foreign ministry" holds "summon * ambassador" with "ambassador" as the subject. The participle and the subject
 * before it are read in the active order (participle first) and matched against the hand-written patterns that
 * start with that verb; only a match that finds the pattern's object there counts, since a pattern of the verb
 * alone already matches the participle where it stands. The sides then come from the passive, as for any passive:
 * the "by" agent is the source, the subject the target.
 */
final class PassivePatterns {

    /** Words that end the subject before a passive: a clause's punctuation or a relative pronoun. */
    private static final Set<String> SUBJECT_STOPS = Set.of(",", ";", ":", ".", "!", "?", "\"", "“", "”", "who",
            "which", "that", "-", "–", "—");
    /** How many words before the participle (or its "be") make up the subject read as the object. */
    private static final int SUBJECT_WORDS = EventPattern.MAX_GAP + 2;
    private static final Set<String> AFTER_REDUCED = Set.of("by", "over", "for", "after", "in", "amid", "to");

    private PassivePatterns() {}

    /** The best hand-written pattern matched with the passive's subject as its object, or null. */
    static PatternMatch match(EventPatterns patterns, String[] lower, String[][] forms, String[] pos, int head) {
        if (head == 0 || !PassiveVoice.participleForm(lower[head])) return null;
        int be = PassiveVoice.beBefore(lower, head);
        // A headline drops its "was": "Russian envoy summoned by Berlin", "Diplomats expelled over spying".
        boolean reduced = be < 0 && PassiveVoice.headline(lower) && head + 1 < lower.length
                && AFTER_REDUCED.contains(lower[head + 1]);
        if (be < 0 && !reduced) return null;
        int subjectEnd = be >= 0 ? be : head;
        int subjectStart = subjectEnd;
        while (subjectStart > 0 && subjectEnd - subjectStart < SUBJECT_WORDS
                && !SUBJECT_STOPS.contains(lower[subjectStart - 1])) {
            subjectStart--;
        }
        if (subjectStart == subjectEnd) return null;
        int n = 1 + subjectEnd - subjectStart;
        String[] lower2 = new String[n];
        String[][] forms2 = new String[n][];
        String[] pos2 = new String[n];
        lower2[0] = lower[head];
        forms2[0] = forms[head];
        pos2[0] = pos[head] == null ? "" : pos[head];
        for (int k = subjectStart; k < subjectEnd; k++) {
            lower2[1 + k - subjectStart] = lower[k];
            forms2[1 + k - subjectStart] = forms[k];
            pos2[1 + k - subjectStart] = pos[k] == null ? "" : pos[k];
        }
        boolean[] verbal = new boolean[n];
        verbal[0] = true;
        PatternMatch best = null;
        List<EventPattern> candidates = patterns.candidates(forms2, 0);
        for (EventPattern p : candidates) {
            if (p.generated() || p.headPos() == 'N' || p.noEvent()) continue;
            int words = p.matchedWords(lower2, forms2, verbal, pos2, 0);
            // The verb alone is matched where it stands; here only a pattern that finds its object counts.
            if (words < 2 || p.matchAt(lower2, forms2, verbal, pos2, 0) < 0) continue;
            if (best == null || words > best.words()) best = new PatternMatch(p, head, head + 1, words);
        }
        return best;
    }
}
