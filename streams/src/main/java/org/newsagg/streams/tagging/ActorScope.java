package org.newsagg.streams.tagging;

import java.util.List;
import java.util.Set;

/**
 * Where a trigger's actors are sought.
 *
 * @param ownClauseStart where the trigger's clause starts when it has a subject of its own ("as Washington steps
 *                       up aid"), else 0
 * @param clauseStart    where the trigger's clause starts, whatever its subject: joined subjects stop there
 * @param targetLimit    the end of the trigger's clause ("India backs talks but won't condemn Russia")
 * @param carried        the subject a pronoun opening the clause stands for ("..., but he criticised Italy"),
 *                       or null
 */
record ActorScope(int ownClauseStart, int clauseStart, int targetLimit, List<ActorMention> carried) {

    /** Words that end a clause for the actors sought around a trigger. */
    static final Set<String> CLAUSE_BREAKS = Set.of(";", ":");

    /**
     * Where the target of a trigger at {@code i} may no longer be sought: the end of its clause ("India backs talks
     * but won't condemn Russia"). A background clause after it still may name the target ("seized the town after
     * heavy fighting with Armenian troops").
     */
    static int targetLimit(List<ClauseSplitter.Clause> clauses, int i) {
        for (ClauseSplitter.Clause c : clauses) if (c.contains(i)) return c.end();
        return Integer.MAX_VALUE;
    }

    /**
     * How far back subjects joined by "and" may be sought for a trigger at {@code i}: the start of its clause, unless
     * the clauses before it have no verb ("Norway, Spain, and Italy agreed" is one subject; "... expelled Russian
     * diplomats, and Russia vowed" is two clauses).
     */
    static int joinFloor(List<ClauseSplitter.Clause> clauses, boolean[] verbAt, int i) {
        int floor = 0;
        for (ClauseSplitter.Clause c : clauses) {
            if (c.start() > i) break;
            if (c.start() > 0 && verbBetween(verbAt, floor, c.start())) floor = c.start();
        }
        return floor;
    }

    private static boolean verbBetween(boolean[] verbAt, int from, int to) {
        for (int k = from; k < to; k++) if (verbAt[k]) return true;
        return false;
    }
}
