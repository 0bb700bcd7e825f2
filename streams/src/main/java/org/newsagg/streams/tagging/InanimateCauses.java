package org.newsagg.streams.tagging;

import java.util.List;
import java.util.Set;

/**
 * Deaths and damage caused by no one: "A powerful earthquake hit southern Iran, killing 10", "a bomb explosion at a
 * bank killed a police officer". A natural force or an accident is no interaction, and a bomb with no agent named is
 * an attack by no one named (183, DEV-GOLD.md: "a bomb with no named agent 183 –→ its target"); neither place nor
 * speaker of the sentence is who did it.
 */
final class InanimateCauses {

    enum Cause { NATURE, BOMB }

    private static final Set<String> NATURE = Set.of("earthquake", "quake", "storm", "flood", "floods", "fire", "blaze",
            "avalanche", "landslide", "landslides", "mudslide", "tsunami", "cyclone", "hurricane", "typhoon", "tornado",
            "crash", "accident", "collision", "heatwave", "epidemic", "outbreak", "virus", "inferno", "wildfire",
            "wildfires", "eruption", "derailment");
    private static final Set<String> BOMBS = Set.of("bomb", "bombs", "explosion", "explosions", "blast", "blasts",
            "explosive", "explosives", "device", "ied", "landmine", "mine");
    private static final Set<String> VIOLENCE_ROOTS = Set.of("18", "19");
    /** How far before the trigger the cause may stand as its subject. */
    private static final int REACH = 15;
    private static final Set<String> BREAKS = Set.of(";", ":", "that", "who", "which", "when", "after", "as",
            "while", "because", "since");

    private InanimateCauses() {}

    /**
     * What caused the violence at {@code head}, when the subject before it is a natural force, an accident or a bomb
     * and no actor with a role (troops, police, a group) stands between that word and the trigger; else null.
     */
    static Cause cause(String root, int head, String[] lower, List<ActorMention> mentions) {
        if (!VIOLENCE_ROOTS.contains(root)) return null;
        for (int k = head - 1; k >= Math.max(0, head - REACH); k--) {
            if (BREAKS.contains(lower[k])) return null;
            // "fire-bomb": a word joined by a hyphen to the next is part of a compound, not a cause of its own.
            boolean compound = k + 1 < lower.length && lower[k + 1].equals("-");
            Cause c = compound ? null : NATURE.contains(lower[k]) ? Cause.NATURE
                    : BOMBS.contains(lower[k]) ? Cause.BOMB : null;
            if (c == null) continue;
            // "an earthquake hit southern Iran, killing": a country or place it struck is no agent; a role is.
            for (ActorMention a : mentions) {
                if (a.start() > k && a.end() <= head && !a.locative() && a.role() != null) return null;
            }
            return c;
        }
        return null;
    }
}
