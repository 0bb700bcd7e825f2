package org.newsagg.streams.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsagg.model.EventTag;
import org.newsagg.streams.tagging.EventCoder.CodedEvent;

/**
 * Codes one pattern match into events: its sides ({@link EventSides}), its code as the force rules and the context
 * (a negation, a future, a threat, a refusal) leave it, and one event per source and target.
 */
final class MatchCoder {

    /** Meeting and visiting; hosting (043) implies a visitor, mediating and negotiating a second party. */
    private static final Set<String> MEETINGS = Set.of("040", "042", "044");
    private static final Set<String> ATTEMPTS = Set.of("try", "tries", "tried", "trying", "attempt", "attempts",
            "attempted", "attempting");
    /** How far before a trigger a modal or negation counts; an event noun's stands before its verb, further back. */
    private static final int VERB_CONTEXT_REACH = 3;
    private static final int NOUN_CONTEXT_REACH = 6;

    private final CameoCodes codes;
    private final EventContextClassifier contexts;
    private final SpeechVerbs speech;
    private final EventSides sides;
    private final ForceRules force;

    MatchCoder(CameoCodes codes, EventContextClassifier contexts, SpeechVerbs speech) {
        this.codes = codes;
        this.contexts = contexts;
        this.speech = speech;
        this.sides = new EventSides(contexts, speech);
        this.force = new ForceRules(codes);
    }

    /** The events of match {@code m} with its actors sought in {@code scope}; none when it has no actor. */
    List<CodedEvent> events(PatternMatch m, SentenceWords words, ActorScope scope) {
        String sentence = words.sentence();
        String[] tokens = words.tokens();
        String[] lower = words.lower();
        String[] lemmas = words.lemmas();
        List<ActorMention> mentions = words.mentions();
        List<ActorMention> bareRoles = words.bareRoles();
        int ownClauseStart = scope.ownClauseStart();
        int targetLimit = scope.targetLimit();
        CameoCode patternCode = codes.find(m.pattern().code()).orElseThrow();
        int clauseStart = ownClauseStart;
        for (int k = m.start() - 1; k >= ownClauseStart; k--) {
            if (ActorScope.CLAUSE_BREAKS.contains(lower[k])) {
                clauseStart = k + 1;
                break;
            }
        }
        int say = m.pattern().speakerIsSource() ? speech.before(lower, lemmas, mentions, m.start(), clauseStart) : -1;
        EventSides.Sides chosen = sides.choose(m, tokens, lower, lemmas, mentions, bareRoles, scope, clauseStart, say);
        if (chosen == null) return List.of();
        List<ActorMention> sources = chosen.sources();
        List<ActorMention> targets = chosen.targets();
        String why = chosen.why();
        if (sources.isEmpty() && targets.isEmpty()) return List.of();
        if (MEETINGS.contains(patternCode.code()) && targets.isEmpty() && sources.size() == 1
                && sources.get(0).country() != null && !withAfter(lower, m.end(), targetLimit)) {
            // "Putin attends a meeting in Moscow": a meeting with no one named to meet is no interaction; a body
            // whose members meet ("the Security Council met") or one met "with" someone unnamed still is.
            return List.of();
        }
        ForceRules.Recoded forced = force.recode(patternCode, why, m, sources, targets, lower, mentions);
        CameoCode code = forced.code();
        why = forced.why();
        InanimateCauses.Cause cause = InanimateCauses.cause(code.root(), m.start(), lower, mentions);
        if (cause == InanimateCauses.Cause.NATURE) return List.of();
        if (cause == InanimateCauses.Cause.BOMB) {
            // "A bomb exploded at a bank, killing an officer": a bomb's victims are its target, by no one named.
            sources = List.of();
            code = codes.find("183").orElseThrow();
            why += "; a bomb with no one named who set it is an attack by no one named (183)";
            if (targets.isEmpty()) return List.of();
        }
        ActorMention victim = targets.isEmpty() && !sources.isEmpty()
                ? LocalParticipants.victim(code.root(), m, lower, mentions) : null;
        if (victim != null) {
            targets = List.of(victim);
            why += "; the unnamed victim '" + victim.words() + "' is a private person of " + victim.country()
                    + ", where it happened";
        }
        EventContextClassifier.Context context = contexts.classify(lower, lemmas, clauseStart, m.start(),
                m.pattern().headPos() == 'N' ? NOUN_CONTEXT_REACH : VERB_CONTEXT_REACH);
        if (m.pattern().speakerIsSource()) {
            EventContextClassifier.Context saying = sayingContext(context, lower, lemmas, mentions, say, clauseStart,
                    m.start());
            if (saying != context) {
                why += "; the saying decides, not the claim's '" + context.word() + "'";
                context = saying;
            }
        }
        if (context.mode() == EventContextClassifier.Mode.ASSERTED && !sources.isEmpty()
                && ClauseSplitter.sharesSubject(lower, m.start())) {
            // "Biden will visit Poland, meet Duda": the second verb shares the first one's future.
            String future = contexts.futureWordBetween(lower, sources.get(0).end(), m.start());
            if (future != null) {
                context = new EventContextClassifier.Context(EventContextClassifier.Mode.FUTURE, future);
            }
        }
        if (context.mode() == EventContextClassifier.Mode.HYPOTHETICAL && context.word() != null
                && ATTEMPTS.contains(context.word().toLowerCase(Locale.ROOT).split(" ")[0])
                && code.quadClass() == 4) {
            // "Protesters tried to storm parliament": an attempted physical act took place, as CAMEO codes it.
            why += "; an attempted use of force happened ('" + context.word() + "')";
            context = new EventContextClassifier.Context(EventContextClassifier.Mode.ASSERTED, null);
        }
        String tagContext = context.tagContext();
        if (context.mode() == EventContextClassifier.Mode.FUTURE) {
            String root = code.root();
            if (!root.equals("03") && !root.equals("13")) {
                String recoded = contexts.futureCode(code.code());
                if (recoded == null) {
                    tagContext = EventTag.HYPOTHETICAL;
                } else {
                    why += "; a future act is coded as the stated intention or threat (" + code.code() + " -> "
                            + recoded + ")";
                    code = codes.find(recoded).orElseThrow();
                }
            }
        } else if (context.mode() == EventContextClassifier.Mode.THREAT && !code.root().equals("13")) {
            String recoded = code.quadClass() <= 2 ? "130" : contexts.futureCode(code.code());
            if (recoded == null) recoded = "130";
            why += "; a future act on a condition (\"unless\") is a threat (" + code.code() + " -> " + recoded + ")";
            code = codes.find(recoded).orElseThrow();
        } else if (context.mode() == EventContextClassifier.Mode.REFUSAL) {
            // "won't condemn" refuses a statement as "won't meet" refuses a meeting; "won't attack" is no act.
            if (code.quadClass() <= 3) {
                why += "; refusing a cooperative act is a rejection (" + code.code() + " -> 120)";
                code = codes.find("120").orElseThrow();
            } else {
                tagContext = EventTag.NEGATED;
            }
        }
        String trigger = ActorRecognizer.join(tokens, m.start(), m.end());
        String reason = why + (context.word() == null ? ""
                : "; context " + tagContext + " (" + context.mode().name().toLowerCase(Locale.ROOT)
                + ") because of '" + context.word() + "'");
        List<CodedEvent> out = new ArrayList<>();
        if (targets.isEmpty() && sources.size() > 1) {
            for (ActorMention a : sources) {
                for (ActorMention b : sources) {
                    if (a != b && !EventSides.sameActor(a, b, lower)) {
                        out.add(event(code, a.code(), b.code(), sentence, trigger, tagContext, m, reason
                                + "; reciprocal between joined subjects"));
                    }
                }
            }
            return out;
        }
        if (sources.isEmpty()) {
            out.add(event(code, null, targets.get(0).code(), sentence, trigger, tagContext, m, reason));
            return out;
        }
        List<CodedEvent> back = new ArrayList<>();
        boolean mutual = TwoPartyActs.mutual(code.code()) && tagContext.equals(EventTag.ASSERTED);
        for (ActorMention s : sources) {
            List<ActorMention> others = targets.stream().filter(t -> !EventSides.sameActor(s, t, lower)).toList();
            if (others.isEmpty()) out.add(event(code, s.code(), null, sentence, trigger, tagContext, m, reason));
            for (ActorMention t : others) {
                out.add(event(code, s.code(), t.code(), sentence, trigger, tagContext, m, reason));
                if (mutual && !t.locative() && TwoPartyActs.otherParty(lower, m.start(), m.end(), t)) {
                    back.add(event(code, t.code(), s.code(), sentence, trigger, tagContext, m, reason
                            + "; a two-party act with '" + t.words() + "' is coded both ways"));
                }
            }
        }
        out.addAll(back);
        return out;
    }

    static CodedEvent event(CameoCode c, String source, String target, String sentence, String trigger,
                            String context, PatternMatch m, String why) {
        EventTag tag = new EventTag(c.code(), c.root(), c.name(), c.quadClass(), c.goldstein(), c.plover(), source,
                target, sentence, trigger, context);
        return new CodedEvent(tag, m.pattern().code() + " '" + m.pattern().text() + "'"
                + (m.pattern().generated() ? " (" + EventPatterns.IMPORTED + ")" : ""), why);
    }

    /** "talks with European leaders": a counterpart is named, if not as an actor, before the clause ends. */
    private static boolean withAfter(String[] lower, int from, int limit) {
        for (int k = from; k < Math.min(lower.length, limit); k++) {
            if (lower[k].equals("with")) return true;
            if (lower[k].equals(",") || lower[k].equals(";")) return false;
        }
        return false;
    }

    /**
     * A reported claim is made by saying it: "Blinken said the abuses would constitute a war crime" is an
     * accusation made, so a modal inside the claim ("would", "could", "may") does not hedge it; the words before the
     * speech verb decide ("stopped short of calling Putin a war criminal"). A negated claim ("has not committed war
     * crimes") and a conditional one ("if they use gas, it would be a war crime") stay as the trigger's context.
     *
     * @param say the speech verb before the trigger in its clause, or -1 (then the first one in the sentence)
     */
    private EventContextClassifier.Context sayingContext(EventContextClassifier.Context claim, String[] lower,
                                                         String[] lemmas, List<ActorMention> mentions, int say,
                                                         int clauseStart, int head) {
        if (claim.mode() == EventContextClassifier.Mode.NEGATED) return claim;
        int verb = say;
        for (int k = 0; verb < 0 && k < lower.length; k++) {
            if (k != head && speech.is(lower[k], lemmas[k]) && !PatternMatcher.insideMention(k, mentions)) verb = k;
        }
        if (verb < 0) return claim;
        EventContextClassifier.Context saying = contexts.classify(lower, lemmas, verb < head ? clauseStart : 0, verb);
        if (saying.mode() == EventContextClassifier.Mode.NEGATED) return saying;
        boolean modal = (claim.mode() == EventContextClassifier.Mode.HYPOTHETICAL
                || claim.mode() == EventContextClassifier.Mode.FUTURE)
                && claim.word() != null && contexts.isModal(claim.word());
        if (!modal || contexts.conditionBetween(lower, clauseStart, head)) return claim;
        return saying;
    }
}
