package org.newsagg.streams.tagging;

import java.util.Set;

/**
 * Tells a trigger that carries the clause's event from one that only names background. An event noun is the event
 * when it heads the clause ("Russian attack kills 21", "talks with NATO"), not when a preposition or a possessive
 * makes it a circumstance ("talks about Russia's invasion", "after 8 days of riots",
 * "rejected accusations of war crimes"). A gerund after a preposition ("warns Putin against using chemical
 * weapons") is the content of another act, not an act of its own.
 */
final class BackgroundWords {

    /** Prepositions that make the event noun after them a circumstance of the clause. */
    private static final Set<String> BACKGROUND_PREPOSITIONS = Set.of("about", "since", "after", "into", "of",
            "amid", "following", "despite", "over", "before", "against", "under", "as");
    private static final Set<String> SUPERLATIVES = Set.of("worst", "biggest", "largest", "deadliest", "heaviest",
            "fiercest", "bloodiest");
    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her");
    private static final Set<String> REFERRING_PREPOSITIONS = Set.of("in", "to", "at", "with", "for", "on", "from");
    private static final Set<String> COPULAS = Set.of("is", "was", "are", "were", "been", "be");
    private static final Set<String> PRONOUNS = Set.of("it", "that", "this", "there", "he", "she", "what");
    /** "a new round of sanctions", "a package of aid": the noun after these is the act itself. */
    private static final Set<String> QUANTITIES = Set.of("round", "rounds", "package", "packages", "wave", "series",
            "set", "spate", "raft", "batch", "number", "new", "dollars", "euros", "pounds", "million", "billion",
            "tons", "tonnes", "worth", "kind", "form", "type");
    /** Nouns of a trend whose "in" names what is counted ("a surge in attacks"). */
    private static final Set<String> TREND_NOUNS = Set.of("surge", "rise", "increase", "upsurge", "spike", "jump",
            "drop", "decline", "fall", "decrease", "uptick", "upturn", "downturn", "escalation", "lull", "rises",
            "increases", "spikes", "declines");
    /** Nouns of discussion whose "on" names a topic ("talks on a truce", "a resolution on sanctions"). */
    private static final Set<String> TOPIC_NOUNS = Set.of("talks", "talk", "negotiations", "negotiation", "meeting",
            "meetings", "summit", "discussions", "discussion", "consultations", "conference", "deal", "agreement",
            "accord", "vote", "debate", "resolution", "proposal", "plan", "report", "bill", "law", "decision",
            "statement", "briefing", "question", "questions", "position", "stance", "views", "framework", "memorandum",
            "referendum", "ruling", "verdict", "hearing", "inquiry", "investigation", "update", "progress");
    /** Prepositions whose gerund object is the content of the verb before. */
    private static final Set<String> GERUND_PREPOSITIONS = Set.of("against", "of", "from", "about", "for",
            "without", "after", "before", "on", "over", "in", "by", "into", "with");
    /** Verbs of a contest's result: with a score or a sports word in the sentence, a game, not force. */
    private static final Set<String> CONTEST_VERBS = Set.of("beat", "defeat", "crush", "thrash", "rout", "edge",
            "down", "hammer", "stun", "upset", "outplay", "whip", "overpower", "trounce", "batter", "maul");
    private static final Set<String> SPORTS_WORDS = Set.of("overtime", "season", "league", "playoff", "playoffs",
            "derby", "cup", "championship", "match", "game", "tournament", "semifinal", "semi-final", "quarterfinal",
            "quarter-final", "final", "title", "innings", "touchdown", "goals", "stadium", "fans", "coach");
    private static final Set<String> DANGER_NOUNS = Set.of("threat", "threats");
    private static final Set<String> DANGER_LINKS = Set.of("of", "from", "posed");
    /** How far back a background preposition may stand ("of possible war crimes", "after a bombing"). */
    private static final int NOUN_REACH = 3;

    private BackgroundWords() {}

    /**
     * A sports result ("the Vikings beat the Bears 24-10", "Chicago beat Boston in overtime"): a contest verb in a
     * sentence with a score or a sports word. Teams are named after their cities and states, which are actors, so
     * without this a game reads as an assault between two places.
     */
    static boolean sportsResult(String[] lower, String lemma) {
        if (!CONTEST_VERBS.contains(lemma)) return false;
        for (int k = 0; k < lower.length; k++) {
            if (SPORTS_WORDS.contains(lower[k]) || isScore(lower, k)) return true;
        }
        return false;
    }

    /** "24-10", "3–1", or the same split into three tokens. */
    private static boolean isScore(String[] lower, int k) {
        if (lower[k].matches("\\d{1,3}[-–]\\d{1,3}")) return true;
        return k + 2 < lower.length && lower[k].matches("\\d{1,3}") && (lower[k + 1].equals("-")
                || lower[k + 1].equals("–")) && lower[k + 2].matches("\\d{1,3}");
    }

    /**
     * An event noun at {@code head} that a preposition before it makes background, or that is the complement of
     * "be" ("it's a real threat", "unlikely to have been an attack"): a description, not a report.
     */
    static boolean backgroundNoun(String[] lower, int head) {
        if (head > 0 && SUPERLATIVES.contains(lower[head - 1])) return true;
        // "the threat of pirates prompted ...", "the threat from Iran": a danger someone poses, not a threat made.
        if (head + 1 < lower.length && DANGER_NOUNS.contains(lower[head]) && DANGER_LINKS.contains(lower[head + 1])) {
            return true;
        }
        for (int k = head - 1; k >= Math.max(0, head - NOUN_REACH); k--) {
            if (lower[k].equals(",") || lower[k].equals(";")) return false;
            // "a house destroyed by shelling": the agent of a participle that names a noun.
            if (lower[k].equals("by") && k == head - 1 && reducedRelative(lower, k - 1, k)) return true;
            // "In its new inquiry", "to the Navy's request": an earlier act referred to, not reported.
            if (POSSESSIVES.contains(lower[k]) && k > 0 && REFERRING_PREPOSITIONS.contains(lower[k - 1])) return true;
            if (lower[k].equals("'s") && k > 2 && REFERRING_PREPOSITIONS.contains(lower[k - 3])
                    && lower[k - 2].equals("the")) {
                return true;
            }
            // "it's a threat", but not "Russia's attack" ('s is "is" only after a pronoun), nor "is committing
            // genocide" (an auxiliary, with the verb in between).
            boolean copula = COPULAS.contains(lower[k])
                    || lower[k].equals("'s") && k > 0 && PRONOUNS.contains(lower[k - 1]);
            if (copula) return !verbBetween(lower, k + 1, head);
            // "a surge in hijackings", "a rise in attacks": a trend counts events, it reports none.
            if (lower[k].equals("in") && k > 0 && TREND_NOUNS.contains(lower[k - 1])) return true;
            // "talks on a Gaza truce", "a vote on sanctions": the topic of a discussion is not an act of its own.
            if (lower[k].equals("on") && k > 0 && TOPIC_NOUNS.contains(lower[k - 1])) return true;
            if (BACKGROUND_PREPOSITIONS.contains(lower[k])) {
                return !(k > 0 && lower[k].equals("of") && QUANTITIES.contains(lower[k - 1]));
            }
        }
        return false;
    }

    /** Words after which an "-ed" form is a verb of its own (a passive or a perfect), not a reduced relative. */
    private static final Set<String> VERB_COMPANIONS = Set.of("was", "were", "is", "are", "be", "been", "being", "has",
            "have", "had", "not", "n't", "also", "and", "or", ",", ";", ":", "who", "which", "that", "then", "it",
            "he", "she", "they", "we", "later", "recently", "already", "reportedly", "allegedly", "again", "say",
            "says", "said", "get", "got");

    /**
     * "a house destroyed by shelling", "an election hailed by the government": a participle right after a noun and
     * before its agent identifies the noun; it reports no event of its own.
     */
    static boolean reducedRelative(String[] lower, int head, int end) {
        if (prenominalParticiple(lower, head, end)) return true;
        if (head <= 0 || end >= lower.length || !lower[head].endsWith("ed")) return false;
        String before = lower[head - 1];
        if (VERB_COMPANIONS.contains(before) || before.endsWith("ly") || !Character.isLetter(before.charAt(0))) {
            return false;
        }
        // Only before an agent: "units clashed with paramilitary forces" is a clause of its own. A participle takes
        // no object, so the agent follows the verb and its particles ("handed over by"); "rejected calls by Peru"
        // has an object and is the clause's verb.
        int k = head + 1;
        while (k < end && PARTICLES.contains(lower[k])) k++;
        return k == end && lower[end].equals("by");
    }

    private static final Set<String> PARTICLES = Set.of("over", "off", "up", "out", "down", "away", "back", "in", "on",
            "to");

    /** Words before a participle that make it an adjective of the noun after it ("his accused killer"). */
    private static final Set<String> NOUN_OPENERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our",
            "two", "three", "several", "many", "some");
    /** Words after an "-ed" form that show it is no adjective of a noun (an agent, an object, a clause). */
    private static final Set<String> NOT_A_NOUN = Set.of("by", "with", "at", "from", "for", "as", "and", "or", "of",
            "to", "that", "the", "a", "an", "his", "her", "its", "their", "him", "them", "it", "in", "on", "over",
            "off", "up", "out", "down", "away", "back", "into");

    /**
     * "His accused killer", "a convicted gang member", "Captured pirates to be handed over": a participle between a
     * determiner (or the start of the sentence) and its noun describes the noun; the act it names is background.
     */
    private static boolean prenominalParticiple(String[] lower, int head, int end) {
        if (end != head + 1 || end >= lower.length || !lower[head].endsWith("ed")) return false;
        if (head > 0 && !NOUN_OPENERS.contains(lower[head - 1])) return false;
        String next = lower[end];
        return Character.isLetter(next.charAt(0)) && !NOT_A_NOUN.contains(next) && !next.endsWith("ed")
                && !next.endsWith("ly");
    }

    private static boolean verbBetween(String[] lower, int from, int to) {
        for (int k = from; k < to; k++) if (lower[k].endsWith("ing") || lower[k].endsWith("ed")) return true;
        return false;
    }

    private static final Set<String> WH_WORDS = Set.of("who", "whom", "what", "how", "whether", "which", "when");
    private static final Set<String> QUESTION_PREPOSITIONS = Set.of("about", "on", "over", "of", "into", "as");
    private static final int QUESTION_REACH = 5;

    /** "no decisions about who we will sanction", "on who will be sanctioned": a question the clause mentions. */
    static boolean embeddedQuestion(String[] lower, int head) {
        for (int k = head - 1; k >= Math.max(1, head - QUESTION_REACH); k--) {
            if (lower[k].equals(",") || lower[k].equals(";")) return false;
            // "When asked if the US intended to attack", "it is unclear whether Moscow will retaliate": a yes-no
            // question put to someone or left open asserts no act, whatever its modal.
            if ((lower[k].equals("if") || lower[k].equals("whether")) && askingBefore(lower, k)) return true;
            // "about who we will sanction and how many we will sanction": the second question joins the first.
            if (WH_WORDS.contains(lower[k])) {
                return QUESTION_PREPOSITIONS.contains(lower[k - 1])
                        || (lower[k - 1].equals("and") || lower[k - 1].equals("or")) && embeddedQuestion(lower, k - 1);
            }
        }
        return false;
    }

    /** Words that open a yes-no question with "if" or "whether" ("asked if", "wondered whether", "unclear if"). */
    private static final Set<String> ASKING_WORDS = Set.of("ask", "asks", "asked", "asking", "wonder", "wonders",
            "wondered", "wondering", "unclear", "uncertain", "unknown", "know", "knows", "decide", "decides",
            "decided", "deciding", "question", "questioned", "questions", "see", "whether");
    private static final int ASKING_REACH = 4;

    /** An asking word among the few words before the "if" at {@code at}, in the same clause. */
    private static boolean askingBefore(String[] lower, int at) {
        if (lower[at].equals("whether")) return true;
        for (int k = at - 1; k >= Math.max(0, at - ASKING_REACH); k--) {
            if (lower[k].equals(",") || lower[k].equals(";")) return false;
            if (ASKING_WORDS.contains(lower[k])) return true;
        }
        return false;
    }

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "which", "whose");
    private static final Set<String> RELATIVE_BREAKS = Set.of(",", ";", ":", "(", "-", "–", "—", "and", "but");

    /**
     * The trigger at {@code head} stands in a relative clause opened right after a noun with no comma ("the man who
     * was arrested", "a boss who was detained by police"): the clause identifies the noun, it reports nothing.
     */
    static boolean restrictiveRelative(String[] lower, int head) {
        // An infinitive or a gerund is never the main verb after a relative clause, so it may stand anywhere in one
        // ("an official who was speaking on condition of anonymity to discuss intelligence told reporters").
        boolean nonFinite = lower[head - 1 < 0 ? 0 : head - 1].equals("to") || lower[head].endsWith("ing");
        for (int k = head - 1; k >= 1; k--) {
            if (RELATIVE_BREAKS.contains(lower[k])) return false;
            if (RELATIVE_PRONOUNS.contains(lower[k])) {
                String before = lower[k - 1];
                return Character.isLetter(before.charAt(0)) && !RELATIVE_BREAKS.contains(before);
            }
            // A finite verb only as the relative clause's own verb: "leaders who have been trying to reverse the
            // rule applauded" has its main verb after the clause.
            if (!nonFinite && !AUXILIARIES.contains(lower[k]) && !lower[k].endsWith("ly")) return false;
        }
        return false;
    }

    private static final Set<String> AUXILIARIES = Set.of("was", "were", "is", "are", "be", "been", "being", "has",
            "have", "had", "not", "also", "later", "then", "subsequently", "reportedly", "allegedly", "already");

    /** "against using", "of attacking": a gerund that is a preposition's object. */
    static boolean gerundObject(String[] lower, int head) {
        return head > 0 && lower[head].endsWith("ing") && GERUND_PREPOSITIONS.contains(lower[head - 1]);
    }
}
