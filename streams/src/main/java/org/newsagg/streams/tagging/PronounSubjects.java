package org.newsagg.streams.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The actor a pronoun subject stands for inside one sentence: "Macron praised Germany, but he criticised Italy",
 * "Biden angered the Kremlin when he called Putin a dictator". English news refers back to the subject of the
 * clause before, not to its object, so the antecedent is that clause's subject (the actors before its first verb),
 * and the nearest actor before the pronoun (the object) is not taken as the source.
 */
final class PronounSubjects {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we");
    private static final Set<String> PERSONAL = Set.of("he", "she");
    /** Not "that", which as often opens a claim ("told reporters that Ukrainians have pushed ..."). */
    private static final Set<String> OBJECT_RELATIVES = Set.of("which", "whom");
    /** Words between a relative clause's subject and its verb ("which it later annexed", "whom Macron has"). */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "later", "also", "then",
            "was", "is", "once", "first", "recently", "already", "reportedly", "allegedly", "would", "will");
    private static final int MAX_AUXILIARIES = 3;
    /** Words after the actor that names a relative clause's noun ("Ukrainian territory of Crimea"). */
    private static final int NOUN_PHRASE_WORDS = 3;
    /** Words that may open a clause before its subject ("But the ...", "On Monday"). */
    private static final int OPENING_WORDS = 2;

    private PronounSubjects() {}

    private static boolean personLike(ActorMention a) {
        return a.country() != null && a.role() != null;
    }

    /** Whether the clause opens with a subject pronoun ("but he ...", "when they ..."). */
    static boolean opensWithPronoun(String[] lower, ClauseSplitter.Clause clause) {
        return clause.start() > 0 && PRONOUNS.contains(lower[clause.start()]);
    }

    /**
     * The subject of the clause before the one holding {@code i}, when that clause opens with a pronoun; null when it
     * does not, or the clause before names no subject (then the pronoun's referent is unknown and the usual rules
     * apply). A chain of pronoun clauses goes back to the first named subject.
     *
     * @param verbAt whether a verb pattern starts at each token
     */
    static List<ActorMention> antecedent(List<ClauseSplitter.Clause> clauses, int i, String[] lower,
                                         List<ActorMention> mentions, boolean[] verbAt) {
        int index = -1;
        for (int k = 0; k < clauses.size(); k++) if (clauses.get(k).contains(i)) index = k;
        if (index <= 0 || !opensWithPronoun(lower, clauses.get(index))) return null;
        // "he called Putin a war criminal - a comment that Moscow rebuked": a named actor before the trigger is its
        // nearer subject.
        for (ActorMention a : mentions) {
            if (a.start() > clauses.get(index).start() && a.end() <= i && !a.locative()) return null;
        }
        boolean person = PERSONAL.contains(lower[clauses.get(index).start()]);
        for (int k = index - 1; k >= 0; k--) {
            ClauseSplitter.Clause before = clauses.get(k);
            List<ActorMention> subject = subject(before, lower, mentions, verbAt);
            // "he" or "she" is no country named as such and no organisation: then the referent is unknown.
            if (!subject.isEmpty()) return person && !personLike(subject.get(0)) ? null : subject;
            if (!opensWithPronoun(lower, before)) return null;
        }
        return null;
    }

    /** The actors before the clause's first verb ("Norway and Spain" of "Norway and Spain agreed"), places aside. */
    private static List<ActorMention> subject(ClauseSplitter.Clause clause, String[] lower,
                                              List<ActorMention> mentions, boolean[] verbAt) {
        int verb = -1;
        for (int k = clause.start(); k < clause.end(); k++) {
            if (verbAt[k]) {
                verb = k;
                break;
            }
        }
        List<ActorMention> out = new ArrayList<>();
        if (verb < 0) {
            // No coded verb ("Biden had angered the Kremlin"): the actor opening the clause is its subject.
            for (ActorMention a : mentions) {
                if (a.start() >= clause.start() && a.start() <= clause.start() + OPENING_WORDS && !a.locative()) {
                    out.add(a);
                    return out;
                }
            }
            return out;
        }
        for (ActorMention a : mentions) {
            if (a.start() < clause.start() || a.end() > verb || a.locative()) continue;
            // Only the subject phrase: actors joined by "and" or a comma right before the verb, not one in an
            // opening phrase ("In talks with Xi, Putin warned ...").
            if (!out.isEmpty() && !joined(lower, out.get(out.size() - 1).end(), a.start())) out.clear();
            out.add(a);
        }
        if (!out.isEmpty() && !nearVerb(lower, out.get(out.size() - 1).end(), verb)) out.clear();
        return out;
    }

    /** The two sides of an act in an object relative clause: who did it and to whom. */
    record RelativeSides(ActorMention source, ActorMention target) {}

    /**
     * "Crimea, which it later annexed", "Putin, whom Macron criticised": in a relative clause whose pronoun is the
     * object, the clause's own subject (a named actor, or a pronoun standing for the sentence's first subject) is
     * the source and the noun the clause hangs on is the target. Null when the trigger at {@code head} is in no such
     * clause.
     */
    static RelativeSides objectRelative(String[] lower, int head, List<ActorMention> mentions) {
        int k = head - 1;
        int skipped = 0;
        while (k > 0 && AUXILIARIES.contains(lower[k]) && skipped++ < MAX_AUXILIARIES) k--;
        if (k <= 0) return null;
        ActorMention subject = null;
        int pronoun = -1;
        if (PRONOUNS.contains(lower[k])) {
            pronoun = k;
        } else {
            for (ActorMention a : mentions) if (a.end() == k + 1 && !a.locative()) subject = a;
            if (subject == null) return null;
            k = subject.start();
        }
        int relative = (pronoun >= 0 ? pronoun : k) - 1;
        if (relative < 1 || !OBJECT_RELATIVES.contains(lower[relative])) return null;
        int before = lower[relative - 1].equals(",") ? relative - 1 : relative;
        // The noun the clause hangs on, or the actor that names it ("the Ukrainian territory of Crimea, which").
        ActorMention antecedent = null;
        for (ActorMention a : mentions) {
            if (a.end() <= before && a.end() >= before - NOUN_PHRASE_WORDS && !commaBetween(lower, a.end(), before)) {
                antecedent = a;
            }
        }
        if (antecedent == null) return null;
        if (subject == null) {
            // The pronoun stands for the sentence's subject: its first actor, if it opens the sentence.
            for (ActorMention a : mentions) {
                if (a.start() <= OPENING_WORDS && !a.locative() && a != antecedent) {
                    subject = a;
                    break;
                }
            }
        }
        if (subject == null || subject.code().equals(antecedent.code())) return null;
        return new RelativeSides(subject, antecedent);
    }

    private static boolean commaBetween(String[] lower, int from, int to) {
        for (int k = from; k < to; k++) if (lower[k].equals(",") || lower[k].equals(";")) return true;
        return false;
    }

    private static boolean joined(String[] lower, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!lower[k].equals("and") && !lower[k].equals(",")) return false;
        }
        return true;
    }

    /** Only auxiliaries and adverbs between the subject and its verb ("has also", "on Monday" is too far). */
    private static boolean nearVerb(String[] lower, int from, int verb) {
        return verb - from <= 3;
    }
}
