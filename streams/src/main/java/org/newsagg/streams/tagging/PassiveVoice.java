package org.newsagg.streams.tagging;

import java.util.List;
import java.util.Set;

/** Passives and their "by" agents: who acted is the agent, who was acted on the subject. */
final class PassiveVoice {

    private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being", "get", "got");
    private static final Set<String> JOINED_VERB = Set.of("and", "but", ",");

    private PassiveVoice() {}

    /** "was attacked by", "has been accused by": a participle right after a form of "be". */
    static boolean passive(String[] lower, String[] lemmas, int head) {
        // A regular "-ed" form is a participle even where the lemmatizer left it as it was ("shelled").
        boolean unlemmatised = lower[head].equals(lemmas[head]) && !lower[head].endsWith("ed");
        if (unlemmatised || lower[head].endsWith("ing")) return false;
        for (int k = head - 1; k >= Math.max(0, head - 3); k--) {
            if (BE.contains(lower[k])) return true;
            if (!lower[k].endsWith("ly") && !lower[k].equals("not")) return false;
        }
        return false;
    }

    /**
     * "was criticised by Poland and praised by France": a participle joined by "and", "but" or a comma to a passive
     * and followed by its own "by" agent is a passive of the same subject. Returns the first passive's "be", or -1.
     */
    static int sharedPassive(String[] lower, String[] lemmas, int head) {
        if (head < 2 || head + 1 >= lower.length || !lower[head + 1].equals("by")) return -1;
        if (!JOINED_VERB.contains(lower[head - 1]) || !lower[head].endsWith("ed") && lower[head].equals(lemmas[head])) {
            return -1;
        }
        for (int k = head - 2; k >= 0; k--) {
            if (ActorScope.CLAUSE_BREAKS.contains(lower[k])) return -1;
            if (BE.contains(lower[k]) && k + 1 < head && passive(lower, lemmas, k + 1)) return k;
        }
        return -1;
    }

    /** Past participles that do not end in "-ed". */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("shot", "held", "hit", "sunk", "slain", "struck",
            "caught", "taken", "beaten", "stolen", "thrown", "found", "sent", "kept", "overrun", "hurt", "bought",
            "sold", "seen", "driven", "brought", "led", "bound");
    /** Verbs with no object: "Police clashed with protesters" is active whatever the tense. */
    private static final Set<String> INTRANSITIVE = Set.of("clash", "march", "rally", "protest", "riot", "fight",
            "battle", "meet", "talk", "gather", "return", "travel", "arrive", "die", "walk", "demonstrate", "erupt",
            "flee", "resign", "retaliate", "strike", "vote", "agree", "respond", "escalate", "fire", "mutiny",
            "rebel", "rampage", "negotiate", "speak", "object", "apologize", "apologise", "disagree", "sue");
    /** Words that may follow a headline's participle: its agent, a place, a time, a charge, or nothing. */
    private static final Set<String> AFTER_PARTICIPLE = Set.of("by", "with", "in", "for", "on", "at", "over",
            "after", "near", "outside", "during", "following", "from", "as", "amid", "without", "since", "off",
            "before", "inside", ",", ":", "-", "–", "—");
    /** Words before a participle that make it an active past or perfect, or an infinitive's object. */
    private static final Set<String> ACTIVE_BEFORE = Set.of("has", "have", "had", "to", "will", "would", "who",
            "which", "that", "he", "she", "they", "we", "i", "it", "you");
    /** Whether a word has a past participle's form ("summoned", "shot"). */
    static boolean participleForm(String lower) {
        return lower.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(lower);
    }

    /** The "be" of a passive whose participle stands at {@code head} ("was summoned", "were not sent"), or -1. */
    static int beBefore(String[] lower, int head) {
        for (int k = head - 1; k >= Math.max(0, head - 3); k--) {
            if (BE.contains(lower[k])) return k;
            if (!lower[k].endsWith("ly") && !lower[k].equals("not")) return -1;
        }
        return -1;
    }

    /** Headline sentences end with no full stop. */
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", "\"", "”", "'");

    /**
     * "Man charged with murdering mother", "26 pirates arrested", "Teen shot dead by NYPD officers": a headline
     * drops the "was" of its passives, so a past participle after its subject and before an agent, a preposition or
     * the end is a passive. Headlines only: in running text the active past reads the same ("police arrested in
     * a raid" is rare there, "protesters marched in Athens" common) and its passives keep their "was".
     */
    static boolean reducedPassive(String[] lower, String[] lemmas, int head, List<ActorMention> mentions) {
        if (head == 0 || !headline(lower)) return false;
        String w = lower[head];
        if (!w.endsWith("ed") && !IRREGULAR_PARTICIPLES.contains(w)) return false;
        if (INTRANSITIVE.contains(lemmas[head]) || ACTIVE_BEFORE.contains(lower[head - 1])) return false;
        int next = head + 1;
        // "shot dead by", "found guilty of"
        if (next < lower.length && (lower[next].equals("dead") || lower[next].equals("guilty"))) next++;
        return next >= lower.length || AFTER_PARTICIPLE.contains(lower[next]);
    }

    /** Words of a place or group that suffered a blow ("Paris store hit by heist", "Greece rocked by clashes"). */
    private static final Set<String> SUFFERED = Set.of("hit", "struck", "rocked", "shaken", "rattled", "gripped",
            "battered", "paralysed", "paralyzed", "crippled", "engulfed", "targeted", "plagued");
    /** How far before an event noun "hit by" may stand ("hit by a $2.6 million jewellery heist"). */
    private static final int SUFFERED_REACH = 6;

    /**
     * "Paris store hit by jewellery heist": an event noun after "hit by" (or "rocked by", "struck by") is done to the
     * one hit, by no one named. Returns where the participle stands, or -1.
     */
    static int sufferedBy(String[] lower, int head) {
        for (int k = head - 1; k >= Math.max(1, head - SUFFERED_REACH); k--) {
            if (lower[k].equals(",") || lower[k].equals(";") || lower[k].equals(":")) return -1;
            if (lower[k].equals("by")) return SUFFERED.contains(lower[k - 1]) ? k - 1 : -1;
        }
        return -1;
    }

    /** How far before an event noun the "by" or "in" of a passive's agent may stand ("by a Russian air strike"). */
    private static final int AGENT_NOUN_REACH = 4;
    private static final Set<String> AGENT_NOUN_PREPOSITIONS = Set.of("by", "in");

    /**
     * "Civilians killed by Israeli air strike", "Three soldiers were wounded in Russian shelling": an event noun that
     * is the agent of a passive, after its "by" or "in" with only actors and other words of its phrase between.
     * Returns where the participle stands, or -1.
     */
    static int agentNounParticiple(String[] lower, String[] lemmas, int head, List<ActorMention> mentions) {
        for (int k = head - 1; k >= Math.max(1, head - AGENT_NOUN_REACH); k--) {
            if (ActorScope.CLAUSE_BREAKS.contains(lower[k]) || lower[k].equals(",")) return -1;
            if (!AGENT_NOUN_PREPOSITIONS.contains(lower[k])) continue;
            int participle = k - 1;
            return passive(lower, lemmas, participle) || reducedPassive(lower, lemmas, participle, mentions)
                    ? participle : -1;
        }
        return -1;
    }

    /** A headline: no full stop, question or exclamation mark at the end. */
    static boolean headline(String[] lower) {
        return lower.length > 0 && !SENTENCE_ENDS.contains(lower[lower.length - 1]);
    }

    static ActorMention agentAfter(List<ActorMention> mentions, String[] lower, int end) {
        for (int k = end; k < lower.length; k++) {
            if (ActorScope.CLAUSE_BREAKS.contains(lower[k])) break;
            if (lower[k].equals("by")) {
                // "killed by jihadist fighters near Timbuktu": a place after the agent is where, not who.
                for (ActorMention a : mentions) if (a.start() > k && a.start() <= k + 4 && !a.locative()) return a;
            }
        }
        return null;
    }
}
