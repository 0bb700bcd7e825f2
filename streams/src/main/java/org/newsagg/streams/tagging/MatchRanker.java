package org.newsagg.streams.tagging;

import java.util.List;
import java.util.Set;

/**
 * Ranks a sentence's pattern matches for which is its main event: the lower the rank, the likelier; a match ranked
 * {@link #BACKGROUND} is never an event.
 */
final class MatchRanker {

    /** Rank added to a match in a background clause, a purpose or a participle. */
    static final int SUBORDINATE = 3;
    /** "While backing efforts to secure a ceasefire, Blinken said ...": a concession sets the scene. */
    private static final Set<String> CONCESSIVES = Set.of("while", "despite", "besides",
            "though", "although");
    /** Rank of a match that is never an event: background, a wish, a description, an embedded question. */
    static final int BACKGROUND = Integer.MAX_VALUE;

    private final EventContextClassifier contexts;
    private final SpeechVerbs speech;

    MatchRanker(EventContextClassifier contexts, SpeechVerbs speech) {
        this.contexts = contexts;
        this.speech = speech;
    }

    /**
     * Which match is the sentence's main event: verbs before nouns, specific patterns before weak ones, the main
     * clause before background clauses ("..., who was detained") and purposes ("staged rallies to demand reforms");
     * earliest first within a rank.
     */
    int rank(PatternMatch m, boolean[] subordinate, String[] lower, String[] lemmas, boolean[] verbal,
             boolean[] roleAt, List<ActorMention> mentions) {
        if (m.pattern().noEvent()) return BACKGROUND;
        boolean noun = m.pattern().headPos() == 'N';
        // "are seeking to lessen", "try to": a wish, not an act.
        if (m.end() < lower.length && lower[m.end()].equals("to") && m.end() == m.start() + 1
                && contexts.isDesire(lemmas[m.start()])) {
            return BACKGROUND;
        }
        // "Russia wants to destroy Ukraine", "hopes to": a pattern on a wish word that "to" follows at once states the
        // wish, not an appeal ("wants Serbia to recognise Kosovo" still is one).
        if (m.start() + 1 < lower.length && lower[m.start() + 1].equals("to") && wish(lower[m.start()], lemmas[m.start()])) {
            return BACKGROUND;
        }
        // "a boss who was arrested in a sweep hanged himself": a relative clause with no comma before it only says
        // which one is meant (DEV-GOLD.md: restrictive relatives are not coded).
        if (BackgroundWords.restrictiveRelative(lower, m.start())) return BACKGROUND;
        // "difficulties in attacking land bases", "against using chemical weapons", "within hours of being
        // detained": a gerund after a preposition is the content of another word, never an act of its own.
        if (!noun && (BackgroundWords.gerundObject(lower, m.start())
                || m.start() > 0 && lower[m.start() - 1].equals("being")
                && BackgroundWords.gerundObject(lower, m.start() - 1))) {
            return BACKGROUND;
        }
        // "a house destroyed by shelling": the participle names the house.
        if (!noun && !verbal[m.start()] && BackgroundWords.reducedRelative(lower, m.start(), m.end())) {
            return BACKGROUND;
        }
        // An event noun in a background clause or after "about", "since", "of" names a circumstance, not the event.
        if (noun && (BackgroundWords.backgroundNoun(lower, m.start())
                || (subordinate != null && subordinate[m.start()]))) {
            return BACKGROUND;
        }
        // "riot police": an event noun right before a role word only describes it.
        if (noun && m.end() < lower.length && roleAt[m.end()] && m.end() == m.start() + 1) return BACKGROUND;
        // "decisions about who we will sanction": an embedded question reports no act.
        if (BackgroundWords.embeddedQuestion(lower, m.start())) return BACKGROUND;
        // "Chicago beat Boston 3-1": a game between teams named after places, not force between the places.
        if (BackgroundWords.sportsResult(lower, lemmas[m.start()])) return BACKGROUND;
        int rank = m.pattern().weak() ? 2 : noun && !m.pattern().speakerIsSource() ? 1 : 0;
        // "staged rallies to demand reforms" is a purpose; "vowed to send weapons", "is ready to resume talks" state
        // the act itself as an intention (coded 03/13 by its context), so it outranks the weak "vow"/"pledge".
        boolean purpose = m.start() > 0 && lower[m.start() - 1].equals("to")
                && !contexts.committedBefore(lower, lemmas, m.start() - 1);
        // "..., slamming what he called": a participle after a comma adds background to the main clause.
        // So does one that opens the sentence ("Striking another blow, ...") or is the subject of what was said
        // ("said attacking Somali ports would not be effective").
        boolean gerund = lower[m.start()].endsWith("ing") && !verbal[m.start()];
        if (gerund && ((m.start() == 0 || m.start() == 1 && CONCESSIVES.contains(lower[0]))
                && openingPhrase(lower, mentions)
                || m.start() > 0 && speech.is(lower[m.start() - 1], lemmas[m.start() - 1]))) {
            return BACKGROUND;
        }
        boolean participle = gerund && m.start() > 0 && lower[m.start() - 1].equals(",");
        boolean background = (subordinate != null && subordinate[m.start()])
                || BackgroundWords.gerundObject(lower, m.start());
        int ranked = background || purpose || participle ? rank + SUBORDINATE : rank;
        // A generated (PETRARCH) pattern only codes a sentence no hand-written pattern codes: measured, letting it
        // compete with hand-written ones in background clauses cost precision on the gold sets.
        return m.pattern().generated() ? ranked + 6 : ranked;
    }

    /** A wish word in any of its forms (a headline's tagger may leave "wants" unlemmatised). */
    private boolean wish(String lower, String lemma) {
        for (String form : WordForms.of(lower, lemma)) if (contexts.isDesire(form)) return true;
        return false;
    }

    /**
     * The sentence opens with a phrase set off by a comma before its first actor ("Striking another blow at piracy,
     * the Indian Navy ..."), not with an adjective of its subject ("Rioting youths in the Greek capital attacked").
     */
    private static boolean openingPhrase(String[] lower, List<ActorMention> mentions) {
        int firstActor = mentions.isEmpty() ? lower.length : mentions.get(0).start();
        for (int k = 1; k < firstActor; k++) {
            if (lower[k].equals(",")) return true;
            if (lower[k].equals(";")) return false;
        }
        return false;
    }
}
