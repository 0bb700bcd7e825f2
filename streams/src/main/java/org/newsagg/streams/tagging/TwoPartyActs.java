package org.newsagg.streams.tagging;

import java.util.Set;

/**
 * Acts that two parties do together: talks, negotiations, signed agreements, truces. The development set's coding
 * notes (DEV-GOLD.md, "Two-party acts") code such an act between two named parties once in each direction ("Scholz
 * and Putin hold direct talks" → 040 both ways), whether the parties are joined as subjects or the second is named
 * after "with" ("Fabius held talks with Romania's new government"). A visit, a host, an offer or intention, giving
 * (aid, intelligence) and a demand stay one-way.
 */
final class TwoPartyActs {

    /** Codes of acts that take two parties doing the same thing. */
    private static final Set<String> MUTUAL = Set.of("040", "041", "046", "057", "0871");
    /** Words that may stand between "with" and the party ("with the leaders of", "with Chinese"). */
    private static final int WITH_REACH = 3;
    private static final Set<String> BREAKS = Set.of(",", ";", ":", "\"", "“", "”");

    private TwoPartyActs() {}

    static boolean mutual(String code) {
        return MUTUAL.contains(code);
    }

    /**
     * Verbs whose direct object is the other party of a consultation ("UN consults Turkmenistan"); "met Putin" stays
     * one-way, as the project's tests have it.
     */
    private static final Set<String> MEETING_VERBS = Set.of("consult", "consults", "consulted", "consulting");

    /**
     * The other party of a two-party act: named after "with" ("held talks with X"), or the direct object of
     * "consult" ("consults X").
     */
    static boolean otherParty(String[] lower, int head, int end, ActorMention party) {
        return namedWith(lower, head, party) || MEETING_VERBS.contains(lower[head]) && party.start() == end;
    }

    /** "held talks with X", "signed a deal with the government of X": the party is named after "with". */
    static boolean namedWith(String[] lower, int head, ActorMention party) {
        for (int k = party.start() - 1; k > head && k >= party.start() - WITH_REACH; k--) {
            if (BREAKS.contains(lower[k])) return false;
            if (lower[k].equals("with")) return true;
        }
        // The mention may begin with the words after "with" ("leaders of Romania").
        for (int k = party.start(); k < party.end(); k++) if (lower[k].equals("with")) return false;
        return party.start() > 0 && lower[party.start() - 1].equals("with");
    }
}
