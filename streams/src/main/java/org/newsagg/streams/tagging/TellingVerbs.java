package org.newsagg.streams.tagging;

import java.util.List;
import java.util.Set;

/**
 * "Russia told Washington it would expel ...", "Biden assured Zelensky that he would send ...": after a verb of
 * telling, the actor told is the addressee, and a pronoun opening the reported clause stands for the teller, not for
 * the addressee right before it. Without the pronoun the addressee may well be the reported clause's subject ("told
 * Washington that Moscow would ..." names its own).
 */
final class TellingVerbs {

    private static final Set<String> TELLING = Set.of("told", "tells", "tell", "telling", "informed", "informs",
            "assured", "assures", "notified", "notifies", "reminded", "reminds", "warned", "warns");
    private static final Set<String> PRONOUNS = Set.of("it", "he", "she", "they", "we");
    /** Words between the addressee and the pronoun: "that", a day, "on Wednesday", a comma. */
    private static final int PRONOUN_REACH = 4;

    private TellingVerbs() {}

    /**
     * "Germany told Poland it would send more air defence": the actor right after a verb of telling in the clause
     * before the trigger at {@code head}, or null. A promise or a threat made to it with no other party named is made
     * to it.
     */
    static ActorMention addressee(List<ActorMention> mentions, String[] lower, int head, int clauseStart) {
        for (ActorMention a : mentions) {
            if (a.start() > clauseStart && a.end() <= head && TELLING.contains(lower[a.start() - 1])
                    && !a.locative()) {
                return a;
            }
        }
        return null;
    }

    /**
     * The teller when {@code addressee} is the object of a verb of telling and a subject pronoun follows it before
     * the trigger at {@code head}; else null.
     */
    static ActorMention teller(List<ActorMention> mentions, String[] lower, ActorMention addressee, int head,
                               int clauseStart) {
        int verb = addressee.start() - 1;
        if (verb <= clauseStart || !TELLING.contains(lower[verb])) return null;
        int pronoun = -1;
        for (int k = addressee.end(); k < Math.min(head, addressee.end() + PRONOUN_REACH); k++) {
            if (PRONOUNS.contains(lower[k])) {
                pronoun = k;
                break;
            }
        }
        if (pronoun < 0) return null;
        ActorMention teller = null;
        for (ActorMention a : mentions) {
            if (a.start() >= clauseStart && a.end() <= verb && !a.locative()) teller = a;
        }
        return teller;
    }
}
