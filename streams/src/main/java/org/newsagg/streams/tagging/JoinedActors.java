package org.newsagg.streams.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Actors joined into one side of an event: subjects and targets joined by "and" or commas, and the actors named
 * right before an event noun.
 */
final class JoinedActors {

    private static final Set<String> JOINERS = Set.of("and", ",", "the", "&");
    /** How a mention's evidence names a role word it took its role from ("... + role word 'forces' = MIL"). */
    private static final String ROLE_WORD = "role word";

    private JoinedActors() {}

    /**
     * "arrested 12 Somali and 11 Yemeni pirates", "captures Somali, Yemeni pirates": every actor joined to the
     * first target is a target too, each of its own event, as CAMEO codes compound actors.
     */
    static List<ActorMention> joinedTargets(ActorMention first, List<ActorMention> mentions, String[] lower,
                                            int limit) {
        List<ActorMention> out = new ArrayList<>();
        out.add(first);
        ActorMention left = first;
        for (int k = mentions.indexOf(first) + 1; k < mentions.size(); k++) {
            ActorMention right = mentions.get(k);
            if (right.start() >= limit || !joinedTarget(lower, left.end(), right.start())) break;
            if (out.stream().noneMatch(a -> a.code().equals(right.code()))) out.add(right);
            left = right;
        }
        return out;
    }

    /** Only "and", commas and counts between two actors ("Somali and 11 Yemeni"). */
    private static boolean joinedTarget(String[] lower, int from, int to) {
        if (from >= to) return false;
        boolean joiner = false;
        for (int k = from; k < to; k++) {
            if (lower[k].equals("and") || lower[k].equals(",")) joiner = true;
            else if (!Character.isDigit(lower[k].charAt(0))) return false;
        }
        return joiner;
    }

    /**
     * "heads to Brussels for NATO, EU talks": actors named right before an event noun, other than its subject, are
     * the other party. The subject's own adjective ("Russian attack") is not.
     */
    static List<ActorMention> prenominal(List<ActorMention> mentions, String[] lower, int head,
                                         List<ActorMention> sources) {
        List<ActorMention> out = new ArrayList<>();
        int right = head;
        for (int k = mentions.size() - 1; k >= 0; k--) {
            ActorMention a = mentions.get(k);
            if (a.end() > right) continue;
            boolean adjacent = a.end() == right || (right == head ? false : lower[a.end()].equals(",")
                    || lower[a.end()].equals("and")) && a.end() + 1 == right;
            if (!adjacent) break;
            if (sources.stream().anyMatch(x -> x == a)) return List.of();
            out.add(0, a);
            right = a.start();
        }
        return out;
    }

    /**
     * "Israel and the Palestinians", "Hungarian and Romanian officials": every actor joined to the subject.
     *
     * @param from where the subject's clause starts: "..., and Russia vowed" joins no actor of the clause before
     */
    static List<ActorMention> conjuncts(ActorMention subject, List<ActorMention> mentions, String[] lower,
                                        int from, int head) {
        List<ActorMention> out = new ArrayList<>();
        out.add(subject);
        int idx = mentions.indexOf(subject);
        // "Israel and Lebanon renewed negotiations": a subject taken as the clause's first actor may have others
        // joined after it, up to the trigger.
        ActorMention last = subject;
        for (int k = idx + 1; k < mentions.size(); k++) {
            ActorMention next = mentions.get(k);
            if (next.end() > head || next.locative() || !onlyJoiners(lower, last.end(), next.start())) break;
            out.add(next);
            last = next;
        }
        ActorMention right = subject;
        boolean and = false;
        for (int k = idx - 1; k >= 0; k--) {
            ActorMention left = mentions.get(k);
            if (left.start() < from) break;
            // "Norway, Spain and Italy": a comma joins too once an "and" closes the list.
            boolean joined = onlyJoiners(lower, left.end(), right.start())
                    || and && left.end() + 1 == right.start() && lower[left.end()].equals(",");
            if (!joined) break;
            and |= onlyJoiners(lower, left.end(), right.start());
            out.add(0, left);
            right = left;
        }
        if (out.size() > 1 && out.get(out.size() - 1) != subject) subject = out.get(out.size() - 1);
        // "Hungarian and Romanian officials": the role after the last demonym belongs to both; "the foreign
        // ministers of Japan and China": so does the role before the first country.
        ActorMention first = out.get(0);
        // A named actor's own role is not shared: "Israel and Hamas" are the state and a rebel group, not two
        // rebel groups; only a role word written after the last country ("Romanian officials") is.
        String role = subject.role() != null && subject.evidence().contains(ROLE_WORD) ? subject.role()
                : first.role() != null && roleBeforeCountry(first, lower) ? first.role() : null;
        if (role != null && out.size() > 1) {
            List<ActorMention> withRole = new ArrayList<>();
            for (ActorMention a : out) {
                withRole.add(a.role() == null && a.country() != null
                        ? new ActorMention(a.start(), a.end(), a.country() + role, a.country(),
                        role, a.words(), a.evidence(), a.locative(), a.adjective())
                        : a);
            }
            return withRole;
        }
        return out;
    }

    /** "diplomats of Japan": the role word comes first and "of" joins it to the country. */
    private static boolean roleBeforeCountry(ActorMention a, String[] lower) {
        for (int k = a.start() + 1; k < a.end() - 1; k++) if (lower[k].equals("of")) return true;
        return false;
    }

    private static boolean onlyJoiners(String[] lower, int from, int to) {
        if (from > to) return false;
        boolean and = false;
        for (int k = from; k < to; k++) {
            if (!JOINERS.contains(lower[k])) return false;
            if (lower[k].equals("and") || lower[k].equals("&")) and = true;
        }
        return and;
    }
}
