package org.newsagg.streams.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a sentence into the clauses that can each report an event of their own: after a semicolon, and where a
 * comma or a conjunction opens a clause with its own subject and verb ("US expels Russian staff, Russia vows to
 * respond", "West sanctions Russia as Washington steps up aid") or a second verb of the same subject ("Navy foils
 * attack, nabs 26 pirates"; "backs peace efforts but won't condemn"). Relative and time clauses that only recall
 * background ("who", "which", "since") are not split off: they are not coded as events of their own.
 */
final class ClauseSplitter {

    /** Words that may open a clause of its own; "after", "as" and "when" report a new event (CAMEO codes them). */
    private static final Set<String> OPENERS = Set.of(",", "and", "but", "as", "when", "after", "while");
    /** Openers that start an adverbial clause of their own rather than continue the clause before. */
    private static final Set<String> SUBORDINATORS = Set.of("as", "when", "after", "while");
    /** Words between a clause opener or subject and its verb. */
    private static final Set<String> AUXILIARIES = Set.of("will", "would", "wo", "n't", "not", "also", "then",
            "has", "have", "had", "is", "are", "was", "were", "again", "already", "still", "later", "did",
            "does", "do");
    private static final int MAX_AUXILIARIES = 3;
    private static final Set<String> MODALS = Set.of("will", "would", "may", "might", "could", "can", "should",
            "must", "wo");
    /** Subjects that refer back to an actor ("but it has not condemned"). */
    private static final Set<String> PRONOUNS = Set.of("it", "he", "she", "they", "we");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    private ClauseSplitter() {}

    /** A clause: tokens [start, end); {@code ownSubject} when an actor opens a later clause ("..., Russia vows"). */
    record Clause(int start, int end, boolean ownSubject) {
        boolean contains(int i) {
            return i >= start && i < end;
        }
    }

    /**
     * The clauses of a sentence, in order; a sentence with one clause gives one.
     *
     * @param verbAt whether a verb pattern starts at each token
     * @param insideBackground tokens of a relative or time clause ("..., who was detained and questioned"): a
     *                         comma or "and" there continues that background clause
     */
    static List<Clause> clauses(String[] lower, List<ActorMention> mentions, boolean[] verbAt,
                                boolean[] insideBackground) {
        return clauses(lower, mentions, verbAt, insideBackground, new boolean[lower.length]);
    }

    /**
     * @param speechAt speech verbs ("said", "told", "warned"): the claim after one is a clause of its own when it
     *                 has an actor subject and a verb ("... and said Washington would impose sanctions")
     */
    static List<Clause> clauses(String[] lower, List<ActorMention> mentions, boolean[] verbAt,
                                boolean[] insideBackground, boolean[] speechAt) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < lower.length - 1; i++) {
            int claim = i + 1 < lower.length - 1 && lower[i + 1].equals("that") ? i + 2 : i + 1;
            if (lower[i].equals(";")) {
                starts.add(i + 1);
            } else if (speechAt[i] && !verbAt[i] && actorSubject(mentions, claim)
                    && opensClause(lower, mentions, verbAt, claim, false)) {
                starts.add(claim);
            } else if (OPENERS.contains(lower[i])
                    && opensClause(lower, mentions, verbAt, i + 1, SUBORDINATORS.contains(lower[i]))
                    // "after a standoff that saw Moscow amass troops as it demanded ...": a time clause inside a
                    // background clause is background too.
                    && (SUBORDINATORS.contains(lower[i]) && (i == 0 || !insideBackground[i - 1])
                    || !insideBackground[i])) {
                starts.add(i + 1);
            }
        }
        List<Clause> out = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int start = starts.get(k);
            int end = k + 1 < starts.size() ? starts.get(k + 1) - 1 : lower.length;
            boolean subject = start > 0 && SUBORDINATORS.contains(lower[start - 1])
                    && (subjectAfterTitle(lower, mentions, verbAt, start) >= 0
                    || nounSubject(lower, mentions, verbAt, start));
            // Only a later clause: the first one's subject is the sentence's own.
            for (ActorMention m : mentions) if (start > 0 && m.start() == start && !m.locative()) subject = true;
            if (end > start) out.add(new Clause(start, end, subject));
        }
        return out;
    }

    private static boolean actorSubject(List<ActorMention> mentions, int i) {
        for (ActorMention m : mentions) if (m.start() == i && !m.locative()) return true;
        return false;
    }

    /** An actor then a verb ("Russia vows"), or a verb with no subject of its own ("nabs 26 pirates"). */
    /** @param subordinator after "as", "when", ...: an actor then any verb ("as Washington steps up aid") will do */
    private static boolean opensClause(String[] lower, List<ActorMention> mentions, boolean[] verbAt, int i,
                                       boolean subordinator) {
        int k = PRONOUNS.contains(lower[i]) ? i + 1 : i;
        // "... and a German naval helicopter thwarted another attack": an article may open the subject.
        int first = ARTICLES.contains(lower[i]) && i + 1 < lower.length ? i + 1 : i;
        boolean actor = false;
        for (ActorMention m : mentions) {
            if (m.start() == first && !m.locative()) {
                k = m.end();
                actor = true;
                break;
            }
        }
        boolean subject = k > i;
        if (subordinator && actor && k < lower.length && Character.isLetter(lower[k].charAt(0))) return true;
        // "..., and China may respond": a subject and a modal open a clause even when its verb codes nothing, so the
        // actor is not taken for one more object of the verb before.
        if (subject && k + 1 < lower.length && MODALS.contains(lower[k])
                && Character.isLetter(lower[k + 1].charAt(0))) {
            return true;
        }
        if (subordinator && !actor && subjectAfterTitle(lower, mentions, verbAt, i) >= 0) return true;
        if (subordinator && !actor && k == i && nounSubject(lower, mentions, verbAt, i)) return true;
        int skipped = 0;
        while (k < lower.length && AUXILIARIES.contains(lower[k]) && skipped++ < MAX_AUXILIARIES) k++;
        // "..., killing one person and arresting 12": participles with no subject add detail, not a clause.
        return k < lower.length && verbAt[k] && (subject || !lower[k].endsWith("ing"));
    }

    /** "as rioters rampaged through the city", "when police arrived": one noun and a verb after a subordinator. */
    private static boolean nounSubject(String[] lower, List<ActorMention> mentions, boolean[] verbAt, int i) {
        if (i + 1 >= lower.length || !verbAt[i + 1] || ARTICLES.contains(lower[i]) || PRONOUNS.contains(lower[i])
                || !lower[i].chars().allMatch(Character::isLetter)) {
            return false;
        }
        for (ActorMention m : mentions) if (m.start() <= i && i < m.end()) return false;
        return true;
    }

    /** Lower-case words (titles, role words) that may stand before a clause's named subject. */
    private static final int MAX_TITLE_WORDS = 3;

    /**
     * "after foreign ministers Wang Yi and Takeshi Iwaya met": after a subordinator, a few lower-case words and then
     * an actor followed by a word is a clause with a subject of its own; returns the actor's start, or -1.
     */
    static int subjectAfterTitle(String[] lower, List<ActorMention> mentions, boolean[] verbAt, int i) {
        for (int k = i; k < Math.min(lower.length, i + MAX_TITLE_WORDS + 1); k++) {
            for (ActorMention m : mentions) {
                if (m.start() == k && !m.locative()) {
                    return k > i && m.end() < lower.length && Character.isLetter(lower[m.end()].charAt(0)) ? k : -1;
                }
            }
            if (verbAt[k] || !lower[k].chars().allMatch(Character::isLetter)) return -1;
        }
        return -1;
    }

    /**
     * "..., nabs 26 pirates", "but won't condemn": a verb right after a comma or conjunction (and auxiliaries),
     * with no subject of its own, so it shares the subject of the clause before.
     */
    static boolean sharesSubject(String[] lower, int head) {
        int k = head - 1;
        int skipped = 0;
        while (k >= 0 && AUXILIARIES.contains(lower[k]) && skipped++ < MAX_AUXILIARIES) k--;
        return k > 0 && (lower[k].equals(",") || lower[k].equals("and") || lower[k].equals("but"));
    }
}
