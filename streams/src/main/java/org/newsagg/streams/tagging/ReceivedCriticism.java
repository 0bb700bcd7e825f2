package org.newsagg.streams.tagging;

import java.util.Set;

/**
 * An act the subject receives: "India's navy drew criticism", "he has faced accusations", "came in for criticism",
 * "cities have faced Russian bombardment". The subject is the one acted on; the one who acts is whoever is named
 * before the noun ("Russian"), else no one (DEV-GOLD.md: "drew criticism", "under fire" → 111 with a null source;
 * "have faced Russian bombardment" → 19 RUS→UKR).
 */
final class ReceivedCriticism {

    private static final Set<String> RECEIVING = Set.of("draw", "draws", "drew", "drawn", "drawing", "face", "faces",
            "faced", "facing", "attract", "attracts", "attracted", "attracting", "receive", "receives", "received",
            "receiving", "earn", "earns", "earned", "provoke", "provoked", "sparked", "spark", "sparks", "for");
    /** "came in for criticism": the forms of "come" before "in for". */
    private static final Set<String> COME = Set.of("come", "comes", "came", "coming");
    /** Words that may stand between the verb and the noun ("drew widespread international criticism"). */
    private static final int REACH = 3;
    private static final Set<String> BREAKS = Set.of(",", ";", ":", "and", "but", "of", "by", "from");

    private ReceivedCriticism() {}

    /**
     * Where the verb stands by which the clause's subject receives the event noun at {@code head} (a receiving verb,
     * or "came in for", right before it with at most a few adjectives between), or -1.
     */
    static int receivedAt(String[] lower, int head) {
        for (int k = head - 1; k >= Math.max(0, head - REACH); k--) {
            if (BREAKS.contains(lower[k])) return -1;
            if (lower[k].equals("for")) {
                return k >= 2 && lower[k - 1].equals("in") && COME.contains(lower[k - 2]) ? k : -1;
            }
            if (RECEIVING.contains(lower[k])) return k;
        }
        return -1;
    }
}
