package org.newsagg.streams.tagging;

import java.util.List;
import java.util.Set;

/**
 * An event noun after "in" or "during" that names the act the verb before it reports: "Russian aircraft killed 46
 * Afghan civilians in an attack on a village" is one attack, on the civilians, so when the noun names no target of
 * its own the verb's object is it. A meeting noun there names where the verb's act was done ("warned Putin in direct
 * talks"): the talks are an event of their own, between the same two.
 */
final class SameActDescriptions {

    private static final Set<String> MANNER = Set.of("in", "during");
    /** Words between "in" and the noun: an article, a number, an adjective or two ("in a second air raid"). */
    private static final int NOUN_PHRASE_WORDS = 3;
    private static final Set<String> BREAKS = Set.of(",", ";", ":", "and", "but", "after", "before", "when", "as",
            "while", "who", "which", "that");

    private SameActDescriptions() {}

    /** Where "in" or "during" stands in the noun phrase of the noun at {@code head} ("in direct talks"), or -1. */
    static int mannerPreposition(String[] lower, int head) {
        for (int k = head - 1; k >= Math.max(0, head - NOUN_PHRASE_WORDS - 1); k--) {
            if (MANNER.contains(lower[k])) return k;
            if (BREAKS.contains(lower[k])) return -1;
        }
        return -1;
    }

    /**
     * The last actor between the subject and "in ... noun", when the noun at {@code head} follows "in" or "during"
     * within its noun phrase and nothing breaks the clause between; null otherwise.
     */
    static ActorMention objectBeforeMannerNoun(String[] lower, int head, List<ActorMention> sources,
                                               List<ActorMention> mentions) {
        int in = mannerPreposition(lower, head);
        if (in < 0) return null;
        int subjectEnd = 0;
        for (ActorMention s : sources) subjectEnd = Math.max(subjectEnd, s.end());
        ActorMention object = null;
        for (ActorMention a : mentions) {
            if (a.start() < subjectEnd || a.end() > in || a.locative() || sources.contains(a)) continue;
            object = a;
        }
        if (object == null) return null;
        for (int k = subjectEnd; k < in; k++) if (BREAKS.contains(lower[k])) return null;
        return object;
    }
}
