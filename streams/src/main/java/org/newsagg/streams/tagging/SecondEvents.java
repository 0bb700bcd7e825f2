package org.newsagg.streams.tagging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.newsagg.model.EventTag;
import org.newsagg.streams.tagging.EventCoder.CodedEvent;

/**
 * The events a sentence reports besides its main one: the best event of every other clause, a participle's act on an
 * actor object, the talks an act was done in, and a "who" clause's act (docs/tagging.md, "Headline mode and
 * clauses").
 */
final class SecondEvents {

    private static final Set<String> REFERENCES = Set.of("move", "moves", "remark", "remarks", "comment",
            "comments", "decision", "step", "statement", "criticism", "accusation", "accusations", "claim", "claims",
            "measure", "measures", "expulsion", "expulsions", "announcement");
    /** Roots from demands (10) on: verbal and material conflict, an answer in kind. */
    private static final String HOSTILE_ROOTS = "10";
    /** Words between a participle and its object ("arresting at least 12 Somali pirates"). */
    private static final int OBJECT_GAP = 3;
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "some", "several", "dozens", "hundreds",
            "at", "least", "more", "than", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
    /** Consultations an act can be done in: talks, negotiations (a visit has a place of its own). */
    private static final Set<String> SETTING_CODES = Set.of("040", "041", "046");
    private static final String INTENT_ROOT = "03";
    /** Not "which", which as often stands for the clause before ("Israel bombed Gaza, which killed 20"). */
    private static final Set<String> SUBJECT_RELATIVES = Set.of("who");
    private static final Set<String> RELATIVE_AUXILIARIES = Set.of("has", "have", "had", "later", "also", "then",
            "subsequently", "recently", "once");

    /** Triggers of a two-sided fight ("clash", "clashed", "battles", "fought"). */
    private static final List<String> MUTUAL_STEMS = List.of("clash", "battl", "fight", "fought", "scuffl", "brawl");
    private static final String REPRESSION = "175";
    private static final Set<String> FORCES = Set.of("COP", "MIL");
    private static final String RIOT = "145";

    private final CameoCodes codes;
    private final EventContextClassifier contexts;
    private final SpeechVerbs speech;
    private final MatchRanker ranker;
    private final MatchCoder coder;

    SecondEvents(CameoCodes codes, EventContextClassifier contexts, SpeechVerbs speech, MatchRanker ranker,
                 MatchCoder coder) {
        this.codes = codes;
        this.contexts = contexts;
        this.speech = speech;
        this.ranker = ranker;
        this.coder = coder;
    }

    /**
     * The main event plus the best event of every other clause that has one of its own ("US expels Russian staff,
     * Russia vows to respond"). A clause's event must be a verb in the clause's main line: nouns, purposes and
     * participles there are background, and a repeat of an event already coded adds nothing.
     */
    List<CodedEvent> withOtherClauses(List<CodedEvent> mainEvents, PatternMatch main, SentenceMatches found,
                                      SentenceWords words) {
        List<ClauseSplitter.Clause> clauses = found.clauses();
        boolean[] verbAt = found.verbAt();
        String[] lower = words.lower();
        String[] lemmas = words.lemmas();
        List<ActorMention> mentions = words.mentions();
        if (clauses.size() < 2) return mainEvents;
        List<CodedEvent> out = new ArrayList<>(mainEvents);
        for (ClauseSplitter.Clause clause : clauses) {
            if (clause.contains(main.start()) || deniedClaim(lower, lemmas, mentions, clause)) continue;
            List<CodedEvent> best = List.of();
            int bestRank = MatchRanker.SUBORDINATE;
            for (PatternMatch m : found.matches()) {
                // An event noun counts only in a clause with a subject of its own ("as Washington steps up aid").
                if (!clause.contains(m.start()) || m.pattern().headPos() == 'N' && !clause.ownSubject()) continue;
                int rank = ranker.rank(m, null, lower, lemmas, found.verbal(), found.roleAt(), mentions);
                if (rank >= bestRank) continue;
                List<CodedEvent> events = coder.events(m, words, new ActorScope(
                        clause.ownSubject() ? clause.start() : 0, ActorScope.joinFloor(clauses, verbAt, m.start()),
                        ActorScope.targetLimit(clauses, m.start()),
                        PronounSubjects.antecedent(clauses, m.start(), lower, mentions, verbAt)));
                if (events.isEmpty()) continue;
                best = events;
                bestRank = rank;
            }
            String firstSide = mainEvents.isEmpty() ? null : mainEvents.get(0).tag().source();
            String firstTarget = mainEvents.isEmpty() ? null : mainEvents.get(0).tag().target();
            for (CodedEvent coded : best) {
                CodedEvent e = replyTo(coded, firstSide, firstTarget, lower, clause);
                if (!repeats(out, e)) out.add(e);
            }
        }
        return out;
    }

    /**
     * "Police clashed with protesters": a clash is two acts, each side's on the other, so repression by the police
     * (175) brings the crowd's riot (145) against them, and a crowd's clash with police the police's repression, as
     * CAMEO and DEV-GOLD.md code the two sides of a street battle.
     */
    List<CodedEvent> withClashReplies(List<CodedEvent> events, SentenceWords words) {
        List<CodedEvent> out = new ArrayList<>(events);
        for (CodedEvent e : events) {
            EventTag t = e.tag();
            if (!t.asserted() || t.source() == null || !mutual(t.trigger())) continue;
            if (t.target() == null) {
                // "Police, protesters clash in Athens": the crowd named beside the police is the other side.
                CodedEvent faced = facingCrowd(e, words);
                if (faced == null) continue;
                out.set(out.indexOf(e), faced);
                e = faced;
                t = faced.tag();
            }
            String reply = t.code().equals(REPRESSION) ? RIOT : t.code().equals(RIOT) ? REPRESSION : null;
            if (reply == null) continue;
            CameoCode c = codes.find(reply).orElseThrow();
            CodedEvent back = new CodedEvent(new EventTag(c.code(), c.root(), c.name(), c.quadClass(), c.goldstein(),
                    c.plover(), t.target(), t.source(), t.sentence(), t.trigger(), t.context()), e.pattern(),
                    e.why() + "; a clash is mutual: the other side's act is " + reply);
            if (!repeats(out, back)) out.add(back);
        }
        return out;
    }

    /** A force or repression event of police or troops with no target, recoded as repression of the crowd named. */
    private CodedEvent facingCrowd(CodedEvent e, SentenceWords words) {
        EventTag t = e.tag();
        String role = t.source().length() == 6 ? t.source().substring(3) : null;
        if (role == null || !FORCES.contains(role) || !(t.root().equals("19") || t.code().equals(REPRESSION))) return null;
        boolean crowd = false;
        for (ActorMention r : words.bareRoles()) crowd |= ForceRules.namesCrowd(r);
        if (!crowd) return null;
        CameoCode c = codes.find(REPRESSION).orElseThrow();
        return new CodedEvent(new EventTag(c.code(), c.root(), c.name(), c.quadClass(), c.goldstein(), c.plover(),
                t.source(), t.source().substring(0, 3) + "CVL", t.sentence(), t.trigger(), t.context()), e.pattern(),
                e.why() + "; the crowd named beside the " + role + " is the other side: repression (175)");
    }

    private static boolean mutual(String trigger) {
        String first = trigger.toLowerCase(Locale.ROOT).split(" ")[0];
        for (String stem : MUTUAL_STEMS) if (first.startsWith(stem)) return true;
        return false;
    }

    /**
     * "Biden calls Putin a war criminal; Kremlin calls remark unforgivable": the remark, the move, the decision a
     * reply names are the first clause's act, so its actor is the target of a reply that names no other. So is the
     * actor of a hostile answer by the one the first act was done to ("US expels Russian staff, Russia vows to
     * respond"): who was acted on and answers with a threat or a hostile act answers the actor.
     */
    private static CodedEvent replyTo(CodedEvent e, String firstSide, String firstTarget, String[] lower,
                                      ClauseSplitter.Clause clause) {
        EventTag t = e.tag();
        if (t.target() != null || t.source() == null || firstSide == null || sameCountry(firstSide, t.source())) {
            return e;
        }
        boolean answer = firstTarget != null && sameCountry(firstTarget, t.source())
                && t.root().compareTo(HOSTILE_ROOTS) >= 0;
        if (!answer && !refersBack(lower, clause)) return e;
        return new CodedEvent(new EventTag(t.code(), t.root(), t.name(), t.quadClass(), t.goldstein(), t.plover(),
                t.source(), firstSide, t.sentence(), t.trigger(), t.context()), e.pattern(),
                e.why() + "; the reply's target is the actor of the act it refers to");
    }

    /** A second clause that names the first one's act: "calls the move unacceptable", "rejects the criticism". */
    private static boolean refersBack(String[] lower, ClauseSplitter.Clause clause) {
        for (int k = clause.start(); k < Math.min(lower.length, clause.end()); k++) {
            if (REFERENCES.contains(lower[k])) return true;
        }
        return false;
    }

    /** Two codes of one country (or one organisation). */
    private static boolean sameCountry(String a, String b) {
        return a.equals(b) || a.length() >= 3 && b.length() >= 3 && a.substring(0, 3).equals(b.substring(0, 3));
    }

    /**
     * "The Navy thwarted an attack on a tanker, arresting 12 Somali pirates": a participle after the main verb's
     * clause, set off by a comma (or joined to such a participle by "and"), whose direct object is a named actor,
     * reports a second act of the main subject on that actor. Participles with no actor as their object ("killing one
     * person", "urging the counterpart", "accusing them of ...") add detail to the main event: coding them too cost
     * event-root precision on the coded corpus, whose coders took the main verb only. Participles that name a noun or
     * follow a preposition stay background (see {@link MatchRanker#rank}).
     */
    List<CodedEvent> withParticiples(List<CodedEvent> out, List<CodedEvent> mainEvents, PatternMatch main,
                                     SentenceMatches found, SentenceWords words) {
        boolean[] verbal = found.verbal();
        String[] lower = words.lower();
        String[] lemmas = words.lemmas();
        List<ActorMention> mentions = words.mentions();
        if (main.pattern().headPos() == 'N' || mainEvents.isEmpty()) return out;
        EventTag first = mainEvents.get(0).tag();
        if (first.source() == null || !first.asserted()) return out;
        ActorMention subject = null;
        for (ActorMention a : mentions) if (a.code().equals(first.source()) && a.end() <= main.start()) subject = a;
        if (subject == null) return out;
        int limit = ActorScope.targetLimit(found.clauses(), main.start());
        List<CodedEvent> with = new ArrayList<>(out);
        boolean chain = false;
        for (PatternMatch m : found.matches()) {
            if (m.start() < main.end() || m.start() >= limit || m.pattern().headPos() == 'N') continue;
            boolean participle = lower[m.start()].endsWith("ing") && !verbal[m.start()] && m.start() > 0;
            boolean opens = participle && lower[m.start() - 1].equals(",")
                    && !commaInside(lower, main.end(), m.start() - 1);
            boolean joined = participle && chain && lower[m.start() - 1].equals("and");
            if (!opens && !joined) continue;
            if (ranker.rank(m, null, lower, lemmas, verbal, new boolean[lower.length], mentions)
                    >= MatchRanker.BACKGROUND) {
                continue;
            }
            List<CodedEvent> events = coder.events(m, words, new ActorScope(0, 0, limit, List.of(subject)));
            chain = true;
            if (!directObject(lower, m.start() + 1, mentions)) continue;
            for (CodedEvent coded : events) {
                if (coded.tag().target() == null) continue;
                if (!repeats(with, coded)) with.add(coded);
            }
        }
        return with;
    }

    /**
     * "Scholz warned Putin in direct talks not to use chemical weapons": talks or negotiations after "in" or
     * "during", in the main event's clause, are a consultation of their own between the main event's two sides,
     * besides the act done in them. (A visit is not: "criticised China during a visit to Japan" visits Japan.)
     */
    List<CodedEvent> withMeetingSetting(List<CodedEvent> out, List<CodedEvent> mainEvents, PatternMatch main,
                                        SentenceMatches found, SentenceWords words) {
        String[] lower = words.lower();
        if (main.pattern().headPos() == 'N' || mainEvents.isEmpty() || !mainEvents.get(0).tag().asserted()
                || mainEvents.get(0).tag().root().equals(INTENT_ROOT)) {
            // "would meet X if ... in peace talks": an intention has taken place in no talks yet.
            return out;
        }
        int limit = ActorScope.targetLimit(found.clauses(), main.start());
        List<CodedEvent> with = new ArrayList<>(out);
        for (PatternMatch m : found.matches()) {
            if (m.start() < main.end() || m.start() >= limit || m.pattern().headPos() != 'N'
                    || !SETTING_CODES.contains(m.pattern().code())) {
                continue;
            }
            int in = SameActDescriptions.mannerPreposition(lower, m.start());
            if (in < main.end() || contexts.conditionBetween(lower, main.end(), in)
                    || ranker.rank(m, null, lower, words.lemmas(), found.verbal(), new boolean[lower.length],
                    words.mentions()) >= MatchRanker.BACKGROUND) {
                continue;
            }
            CameoCode code = codes.find(m.pattern().code()).orElseThrow();
            for (CodedEvent done : mainEvents) {
                EventTag t = done.tag();
                if (t.source() == null || t.target() == null) continue;
                CodedEvent e = MatchCoder.event(code, t.source(), t.target(), words.sentence(),
                        ActorRecognizer.join(words.tokens(), m.start(), m.end()), EventTag.ASSERTED, m,
                        "'" + lower[in] + " " + String.join(" ", Arrays.copyOfRange(lower, in + 1, m.end()))
                        + "' after the main act: the two sides"
                        + " of '" + t.trigger() + "' consulted");
                if (!repeats(with, e)) with.add(e);
            }
        }
        return with;
    }

    /**
     * "... but did not say that Washington would impose sanctions": a claim whose saying is negated reports nothing.
     */
    private boolean deniedClaim(String[] lower, String[] lemmas, List<ActorMention> mentions,
                                ClauseSplitter.Clause clause) {
        int say = clause.start() - 1;
        if (say > 0 && lower[say].equals("that")) say--;
        if (say < 0 || !speech.is(lower[say], lemmas[say]) || PatternMatcher.insideMention(say, mentions)) return false;
        return contexts.classify(lower, lemmas, 0, say).mode() == EventContextClassifier.Mode.NEGATED;
    }

    /**
     * "Egypt hosted Israeli and Palestinian negotiators, who agreed on a truce": a "who" clause set off by a comma
     * that reports an act of its own is coded (the development set's coding notes), its subject the actors the
     * clause hangs on. A restrictive one ("protesters who had attacked an embassy") only says which, and a passive
     * one ("smugglers, who were handed over to Morocco") names no one who acted.
     */
    List<CodedEvent> withRelativeClauses(List<CodedEvent> out, PatternMatch main, SentenceMatches found,
                                         SentenceWords words) {
        String[] lower = words.lower();
        String[] lemmas = words.lemmas();
        List<ActorMention> mentions = words.mentions();
        List<CodedEvent> with = out;
        for (PatternMatch m : found.matches()) {
            if (m == main || m.pattern().headPos() == 'N' || m.pattern().noEvent()) continue;
            int who = m.start() - 1;
            int skipped = 0;
            while (who > 0 && RELATIVE_AUXILIARIES.contains(lower[who]) && skipped++ < 2) who--;
            if (who < 2 || !SUBJECT_RELATIVES.contains(lower[who]) || !lower[who - 1].equals(",")) continue;
            if (PassiveVoice.passive(lower, lemmas, m.start())) continue;
            ActorMention antecedent = null;
            for (ActorMention a : mentions) if (a.end() == who - 1 && !a.locative()) antecedent = a;
            if (antecedent == null) continue;
            List<ActorMention> subjects = JoinedActors.conjuncts(antecedent, mentions, lower, 0, who - 1);
            int end = lower.length;
            for (int k = m.end(); k < lower.length; k++) {
                if (lower[k].equals(",") || ActorScope.CLAUSE_BREAKS.contains(lower[k])) {
                    end = k;
                    break;
                }
            }
            List<CodedEvent> events = coder.events(m, words, new ActorScope(who + 1, who + 1, end, subjects));
            for (CodedEvent e : events) {
                if (repeats(with, e)) continue;
                if (with == out) with = new ArrayList<>(out);
                with.add(e);
            }
        }
        return with;
    }

    /** An event of the same code between the same sides is already coded: a repeat adds nothing. */
    private static boolean repeats(List<CodedEvent> coded, CodedEvent e) {
        return coded.stream().anyMatch(o -> o.tag().code().equals(e.tag().code())
                && Objects.equals(o.tag().source(), e.tag().source())
                && Objects.equals(o.tag().target(), e.tag().target()));
    }

    /** A named actor right after a verb ("apprehending 26 Somali pirates"), only a number or an article between. */
    private static boolean directObject(String[] lower, int end, List<ActorMention> mentions) {
        for (ActorMention a : mentions) {
            if (a.start() < end || a.start() > end + OBJECT_GAP || a.locative()) continue;
            for (int k = end; k < a.start(); k++) {
                if (!Character.isDigit(lower[k].charAt(0)) && !ARTICLES.contains(lower[k])) return false;
            }
            return true;
        }
        return false;
    }

    /** A comma in [from, to): the participle belongs to a later phrase, not right after the main clause. */
    private static boolean commaInside(String[] lower, int from, int to) {
        for (int k = from; k < to; k++) if (lower[k].equals(",") || lower[k].equals(";")) return true;
        return false;
    }
}
