package org.newsagg.streams.tagging;

import java.util.Set;

/**
 * "Moscow is to blame for the crisis, says Kyiv", "Zelensky says Russia was to blame": in "X is to blame" the one
 * blamed is the subject, and the accusation is the speaker's, as DEV-GOLD.md codes an accusation made by saying it.
 */
final class BlameClaims {

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "'s");
    private static final Set<String> BETWEEN = Set.of("not", "partly", "largely", "solely", "also", "n't", "entirely",
            "ultimately", "really");
    private static final int REACH = 3;

    private BlameClaims() {}

    /** Where the "be" of "X is to blame" stands when the trigger at {@code head} is that "blame", else -1. */
    static int copulaAt(String[] lower, int head) {
        if (!lower[head].equals("blame") || head < 2 || !lower[head - 1].equals("to")) return -1;
        for (int k = head - 2; k >= Math.max(0, head - 2 - REACH); k--) {
            if (BE.contains(lower[k])) return k;
            if (!BETWEEN.contains(lower[k])) return -1;
        }
        return -1;
    }
}
