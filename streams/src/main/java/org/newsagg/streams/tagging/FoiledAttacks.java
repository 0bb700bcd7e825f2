package org.newsagg.streams.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A foiled attack ("the navy foiled a hijack attempt on a tanker", "Warship thwarts Somali pirate attack"). The one
 * who foils it uses force against the attackers, whoever that is (a navy, a guard, a ship's crew), so the act is
 * conventional force (190, as DEV-GOLD.md codes it) and its target is the attacker named in the attack phrase or
 * after "by"; the ship or country attacked ("on a tanker") is the attackers' victim, not the foiler's target.
 */
final class FoiledAttacks {

    private static final Set<String> FOIL_WORDS = Set.of("foil", "foils", "foiled", "foiling", "thwart", "thwarts",
            "thwarted", "thwarting", "repel", "repels", "repelled", "repelling", "repulse", "repulses", "repulsed",
            "repulsing");
    private static final Set<String> ATTACK_WORDS = Set.of("attack", "attacks", "attempt", "attempts", "hijack",
            "hijacks", "hijacking", "assault", "raid", "raids", "piracy");
    /** How many words an attack noun may stand after the foiling verb ("foiled a five-boat pirate attack"). */
    private static final int REACH = 5;
    private static final Set<String> BREAKS = Set.of(",", ";", ":", "and", "but", "by", "on");

    private FoiledAttacks() {}

    /** Where the foiling verb of the trigger stands (the trigger itself, or a verb before an attack noun), or -1. */
    static int foilingVerb(PatternMatch m, String[] lower) {
        if (FOIL_WORDS.contains(lower[m.start()])) return m.start();
        if (!ATTACK_WORDS.contains(lower[m.start()])) return -1;
        for (int k = m.start() - 1; k >= Math.max(0, m.start() - REACH); k--) {
            if (FOIL_WORDS.contains(lower[k])) return k;
            if (BREAKS.contains(lower[k])) return -1;
        }
        return -1;
    }

    /**
     * The attackers of a foiled attack: the actors named between the verb and the attack noun ("foils Somali pirate
     * attack"), else one named right after "by" ("an attack by Somali pirates"); none when neither is named.
     */
    static List<ActorMention> attackers(PatternMatch m, int verb, String[] lower, List<ActorMention> mentions) {
        int noun = attackNoun(lower, verb);
        List<ActorMention> out = new ArrayList<>();
        if (noun < 0) return out;
        for (ActorMention a : mentions) if (a.start() > verb && a.end() <= noun) out.add(a);
        if (!out.isEmpty() || noun + 1 >= lower.length || !lower[noun + 1].equals("by")) return out;
        for (ActorMention a : mentions) {
            if (a.start() > noun + 1 && a.start() <= noun + 3 && !a.locative()) {
                out.add(a);
                break;
            }
        }
        return out;
    }

    private static int attackNoun(String[] lower, int verb) {
        for (int k = verb + 1; k < Math.min(lower.length, verb + 1 + REACH); k++) {
            if (ATTACK_WORDS.contains(lower[k])) {
                // "a hijack attempt", "a piracy attack": the last attack word of the phrase is its head.
                return k + 1 < lower.length && ATTACK_WORDS.contains(lower[k + 1]) ? k + 1 : k;
            }
            if (BREAKS.contains(lower[k])) return -1;
        }
        return -1;
    }
}
