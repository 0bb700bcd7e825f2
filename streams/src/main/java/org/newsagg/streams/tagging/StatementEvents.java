package org.newsagg.streams.tagging;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newsagg.model.EventTag;
import org.newsagg.streams.tagging.EventCoder.CodedEvent;

/** Codes a statement (010) in a sentence that reports no act: a state's public comment on another. */
final class StatementEvents {

    private static final Set<String> STATEMENT_VERBS = Set.of("say", "said", "says", "tell", "told", "tells",
            "insist", "insists", "insisted", "stress", "stresses", "stressed", "declare", "declares", "declared",
            "tweet", "tweets", "tweeted", "argue", "argues", "argued", "reiterate", "reiterates", "reiterated");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "also", "again", "is", "was");
    private static final Set<String> CLAIM_OPENERS = Set.of("that", "on", "last", "this", "week", "today",
            "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "\"", "“",
            "'", "‘", "the");
    private static final Set<String> SPEAKER_ROLES = Set.of("GOV", "MIL", "LEG", "SPY");
    private static final EventPattern STATEMENT = EventPattern.parse("010", "V", "say", "speaker");

    private final CameoCodes codes;
    private final EventContextClassifier contexts;

    StatementEvents(CameoCodes codes, EventContextClassifier contexts) {
        this.codes = codes;
        this.contexts = contexts;
    }

    /**
     * "Moscow not serious about ending war, says Blinken", "Blinken said Russia may stage an attack": a state's or an
     * organisation's public comment on another state, in a sentence that reports no act, is a statement (010) from
     * the speaker to the one it is about, as CAMEO codes a named actor's message with no other code. A comment on a
     * people, a group or a place ("said 14,000 Palestinians were in shelters") reports a fact, not a message to
     * anyone, and a negated saying or a question is no statement.
     */
    CodedEvent statement(String sentence, String[] tokens, String[] lower, String[] lemmas,
                         List<ActorMention> mentions) {
        if (lower[lower.length - 1].equals("?")) return null;
        for (int k = 0; k < lower.length; k++) {
            if (!STATEMENT_VERBS.contains(lemmas[k]) && !STATEMENT_VERBS.contains(lower[k])) continue;
            if (PatternMatcher.insideMention(k, mentions)) continue;
            if (contexts.classify(lower, lemmas, 0, k).mode() != EventContextClassifier.Mode.ASSERTED) return null;
            if (contexts.conditionBetween(lower, 0, lower.length)) return null;
            ActorMention speaker = null;
            for (ActorMention a : mentions) {
                if (!a.bareRole() && a.end() <= k && a.end() >= k - 2 && onlyAuxiliaries(lower, a.end(), k)
                        && speakerKind(a)) {
                    speaker = a;
                }
            }
            boolean after = speaker == null;
            for (ActorMention a : mentions) {
                if (after && !a.bareRole() && a.start() == k + 1 && speakerKind(a)) speaker = a;
            }
            if (speaker == null) return null;
            // The claim's subject: right after "said (that)" ("X said Y is ..."), or opening the sentence when the
            // speaker follows ("Y is ..., said X"); an actor further in is an object or a place of a reported fact.
            ActorMention about = null;
            for (ActorMention a : mentions) {
                if (a == speaker || a.bareRole() || a.locative() || !stateKind(a)) continue;
                if (EventSides.sameActor(a, speaker, lower) || Objects.equals(a.country(), speaker.country())) continue;
                if (after ? a.end() <= k && openingWords(lower, 0, a.start()) : a.start() > k
                        && openingWords(lower, k + 1, a.start())) {
                    about = a;
                    break;
                }
            }
            if (about == null) about = quotedSubject(lower, mentions, speaker, k);
            if (about == null) return null;
            PatternMatch m = new PatternMatch(STATEMENT, k, k + 1, 1);
            return MatchCoder.event(codes.find("010").orElseThrow(), speaker.code(), about.code(), sentence, tokens[k],
                    EventTag.ASSERTED, m, "a public comment by '" + speaker.words() + "' on '" + about.words()
                            + "' in a sentence that reports no act is a statement (010)");
        }
        return null;
    }

    private static final Set<String> CLOSING_QUOTES = Set.of("\"", "”", "'", "’", "''");
    private static final Set<String> OPENING_QUOTES = Set.of("\"", "“", "'", "‘", "``");

    /**
     * "“..., and I don't see signs that Putin is prepared to stop,” Blinken said": a quotation the speaker closes is
     * his message, about the first state it names that is not his own. The quotation must end right before the
     * speaker and his verb (or the verb and its speaker), after a comma, so that a quoted phrase inside a reported
     * fact ("called the strike 'a crime', officials said") is not read as the whole message.
     */
    private static ActorMention quotedSubject(String[] lower, List<ActorMention> mentions, ActorMention speaker,
                                              int verb) {
        int close = Math.min(verb, speaker.start()) - 1;
        if (close < 2 || !CLOSING_QUOTES.contains(lower[close]) || !lower[close - 1].equals(",")) return null;
        int open = -1;
        for (int k = close - 2; k >= 0; k--) {
            if (OPENING_QUOTES.contains(lower[k])) {
                open = k;
                break;
            }
        }
        // An opening quote of the sentence itself, so that the whole claim before the speaker is quoted.
        if (open != 0) return null;
        for (ActorMention a : mentions) {
            if (a.start() <= open || a.end() > close) continue;
            if (a == speaker || a.bareRole() || a.locative() || !stateKind(a)) continue;
            if (Objects.equals(a.country(), speaker.country()) || EventSides.sameActor(a, speaker, lower)) continue;
            return a;
        }
        return null;
    }

    /** Between a speech verb and its claim's subject: "that", a time ("on Thursday"), an opening quote. */
    private static boolean openingWords(String[] lower, int from, int to) {
        for (int k = from; k < to; k++) if (!CLAIM_OPENERS.contains(lower[k])) return false;
        return true;
    }

    /**
     * Whether a sentence with no trigger word may still be a statement: two actors and a speech verb. Such a
     * sentence needs no POS window (the statement rule reads words only).
     */
    static boolean mayBeStatement(String[] lower, List<ActorMention> mentions) {
        if (mentions.size() < 2) return false;
        for (String w : lower) if (STATEMENT_VERBS.contains(w)) return true;
        return false;
    }

    /** "Russia has said": only auxiliaries between the speaker and the speech verb. */
    private static boolean onlyAuxiliaries(String[] lower, int from, int to) {
        for (int k = from; k < to; k++) if (!AUXILIARIES.contains(lower[k])) return false;
        return true;
    }

    /** A state (a country by name, its government, military, legislature) or an organisation. */
    private static boolean speakerKind(ActorMention a) {
        return a.country() == null || a.role() == null || SPEAKER_ROLES.contains(a.role());
    }

    private static boolean stateKind(ActorMention a) {
        if (a.country() == null) return true;
        return a.role() == null ? a.evidence().startsWith(ActorDictionary.COUNTRY_LABEL)
                : EventSides.STATE_ROLES.contains(a.role());
    }
}
