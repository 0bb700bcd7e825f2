package org.newsagg.streams.tagging;

import java.util.List;
import java.util.Set;

/** Passives and their "by" agents: who acted is the agent, who was acted on the subject. */
final class PassiveVoice {

    private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being", "get", "got");
    private static final Set<String> JOINED_VERB = Set.of("and", "but", ",");

    private PassiveVoice() {}

    /** "was attacked by", "has been accused by": a participle right after a form of "be". */
    static boolean passive(String[] lower, String[] lemmas, int head) {
        // A regular "-ed" form is a participle even where the lemmatizer left it as it was ("shelled").
        boolean unlemmatised = lower[head].equals(lemmas[head]) && !lower[head].endsWith("ed");
        if (unlemmatised || lower[head].endsWith("ing")) return false;
        for (int k = head - 1; k >= Math.max(0, head - 3); k--) {
            if (BE.contains(lower[k])) return true;
            if (!lower[k].endsWith("ly") && !lower[k].equals("not")) return false;
        }
        return false;
    }

    /**
     * "was criticised by Poland and praised by France": a participle joined by "and", "but" or a comma to a passive
     * and followed by its own "by" agent is a passive of the same subject. Returns the first passive's "be", or -1.
     */
    static int sharedPassive(String[] lower, String[] lemmas, int head) {
        if (head < 2 || head + 1 >= lower.length || !lower[head + 1].equals("by")) return -1;
        if (!JOINED_VERB.contains(lower[head - 1]) || !lower[head].endsWith("ed") && lower[head].equals(lemmas[head])) {
            return -1;
        }
        for (int k = head - 2; k >= 0; k--) {
            if (ActorScope.CLAUSE_BREAKS.contains(lower[k])) return -1;
            if (BE.contains(lower[k]) && k + 1 < head && passive(lower, lemmas, k + 1)) return k;
        }
        return -1;
    }

    static boolean reducedPassive(String[] lower, String[] lemmas, int head, List<ActorMention> mentions) {
        return false;
    }

    static ActorMention agentAfter(List<ActorMention> mentions, String[] lower, int end) {
        for (int k = end; k < lower.length; k++) {
            if (ActorScope.CLAUSE_BREAKS.contains(lower[k])) break;
            if (lower[k].equals("by")) {
                // "killed by jihadist fighters near Timbuktu": a place after the agent is where, not who.
                for (ActorMention a : mentions) if (a.start() > k && a.start() <= k + 4 && !a.locative()) return a;
            }
        }
        return null;
    }
}
