package org.newsagg.streams.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newsagg.model.EventTag;

/**
 * Codes the main event of one sentence: the earliest specific pattern match that has an actor, with its source
 * (subject before the trigger, or the "by" agent of a passive), target (first other actor after the trigger) and
 * context. Subjects joined by "and" with no target give the reciprocal events CAMEO asks for.
 */
final class EventCoder {

    private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being", "get", "got");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":");
    private static final Set<String> DASHES = Set.of("-", "—", "–", "--");
    private static final Set<String> VERB_BEFORE = Set.of("to", "will", "would", "not", "n't", "must", "may",
            "might", "could", "should", "can", "has", "have", "had", "did", "also", "then");
    private static final Set<String> PLACE_WORDS = Set.of("in", "at", "outside", "inside", "near", "from", "into",
            "on", "to");
    /** Roots of force that, used by a crowd of civilians, CAMEO codes as a violent protest (145), as it does damage (171). */
    private static final Set<String> RIOT_ROOTS = Set.of("18", "19");
    private static final Set<String> PRONOUNS = Set.of("they", "he", "she", "it", "we", "i", "you");
    /** Civilians who act as a crowd; settlers or villagers who burn a house are not rioting. */
    private static final Set<String> CROWD_WORDS = Set.of("protesters", "protestors", "demonstrators", "rioters",
            "youths", "mob", "crowd", "crowds");
    private static final Set<String> ATTEMPTS = Set.of("try", "tries", "tried", "trying", "attempt", "attempts",
            "attempted", "attempting");
    private static final Set<String> POLICING_ROLES = Set.of("COP", "MIL");
    private static final Set<String> STATE_ROLES = Set.of("GOV", "MIL", "COP", "SPY");
    private static final Set<String> JOINERS = Set.of("and", ",", "the", "&");
    /** How far before a trigger a modal or negation counts; an event noun's stands before its verb, further back. */
    private static final Set<String> STATEMENT_VERBS = Set.of("say", "said", "says", "tell", "told", "tells",
            "insist", "insists", "insisted", "stress", "stresses", "stressed", "declare", "declares", "declared",
            "tweet", "tweets", "tweeted", "argue", "argues", "argued");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "also", "again", "is", "was");
    private static final Set<String> REFERENCES = Set.of("move", "moves", "remark", "remarks", "comment",
            "comments", "decision", "step", "statement", "criticism", "accusation", "accusations", "claim", "claims",
            "measure", "measures", "expulsion", "expulsions", "announcement");
    private static final Set<String> WEAPONS = Set.of("drone", "missile", "rocket", "air", "aerial", "military",
            "artillery", "naval", "precision", "retaliatory", "pre-emptive", "preemptive", "cruise");
    private static final Set<String> AERIAL = Set.of("drone", "air", "aerial");
    /** Meeting and visiting; hosting (043) implies a visitor, mediating and negotiating a second party. */
    private static final Set<String> MEETINGS = Set.of("040", "042", "044");
    private static final Set<String> CLAIM_OPENERS = Set.of("that", "on", "last", "this", "week", "today",
            "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "\"", "“",
            "'", "‘", "the");
    private static final Set<String> SPEAKER_ROLES = Set.of("GOV", "MIL", "LEG", "SPY");
    private static final EventPattern STATEMENT = EventPattern.parse("010", "V", "say", "speaker");
    private static final int VERB_CONTEXT_REACH = 3;
    /** Not "which", which as often stands for the clause before ("Israel bombed Gaza, which killed 20"). */
    private static final Set<String> SUBJECT_RELATIVES = Set.of("who");
    private static final Set<String> RELATIVE_AUXILIARIES = Set.of("has", "have", "had", "later", "also", "then",
            "subsequently", "recently", "once");
    private static final Set<String> JOINED_VERB = Set.of("and", "but", ",");
    private static final Set<String> ING_PREPOSITIONS = Set.of("including", "following", "regarding", "concerning",
            "excluding", "during", "according");
    /** Consultations an act can be done in: talks, negotiations (a visit has a place of its own). */
    private static final Set<String> SETTING_CODES = Set.of("040", "041", "046");
    private static final String INTENT_ROOT = "03";
    private static final Set<String> RELATIVES = Set.of("who", "whom", "which", "whose");
    /** Roots from demands (10) on: verbal and material conflict, an answer in kind. */
    private static final String HOSTILE_ROOTS = "10";
    /** Words between a participle and its object ("arresting at least 12 Somali pirates"). */
    private static final int OBJECT_GAP = 3;
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "some", "several", "dozens", "hundreds",
            "at", "least", "more", "than", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
    private static final int NOUN_CONTEXT_REACH = 6;
    /** How close after a capital named as a place ("to Brussels") the actor met there must stand. */
    private static final int VENUE_REACH = 3;
    /** Lemmas of a death, which with no agent is no interaction. */
    private static final Set<String> DEATHS = Set.of("kill", "slay", "killed", "slain");
    /** Rank added to a match in a background clause, a purpose or a participle. */
    private static final int SUBORDINATE = 3;
    /** Rank of a match that is never an event: background, a wish, a description, an embedded question. */
    private static final int BACKGROUND = Integer.MAX_VALUE;

    /** An event and the reasons, for {@link ArticleTagger#explain}. */
    record CodedEvent(EventTag tag, String pattern, String why) {}

    private record Match(EventPattern pattern, int start, int end, int words) {}

    private final EventPatterns patterns;
    private final CameoCodes codes;
    private final EventContextClassifier contexts;

    EventCoder(EventPatterns patterns, CameoCodes codes, EventContextClassifier contexts) {
        this.patterns = patterns;
        this.codes = codes;
        this.contexts = contexts;
    }

    List<CodedEvent> code(String sentence, String[] tokens, String[] lower, String[] pos, String[] lemmas,
                          List<ActorMention> mentions, List<ActorMention> bareRoles) {
        if (mentions.isEmpty()) return List.of();
        String[][] forms = new String[tokens.length][];
        for (int i = 0; i < tokens.length; i++) forms[i] = WordForms.of(lower[i], lemmas[i]);
        boolean[] verbal = verbal(lower, mentions);
        // "Gunmen kidnap 30 pupils", "Police arrest activists": a role word opening the sentence is its subject, so
        // the word after it is in a verb's place for the hand-written patterns, whatever the tagger made of a
        // headline's present tense (the generated ones keep to actors: measured, they took over such sentences).
        boolean[] handVerbal = verbal.clone();
        for (ActorMention r : bareRoles) {
            if (r.end() < lower.length && (r.start() == 0 || lower[r.start() - 1].equals(":"))) {
                handVerbal[r.end()] = true;
            }
        }
        List<Match> matches = matches(lower, forms, verbal, handVerbal, pos, mentions);
        boolean[] subordinate = contexts.subordinate(lower);
        boolean[] verbAt = new boolean[lower.length];
        for (Match m : matches) if (m.pattern.headPos() != 'N') verbAt[m.start] = true;
        // Only the words right before an actor (or before "that" and an actor) can open a claim with its own subject.
        boolean[] speechAt = new boolean[lower.length];
        for (ActorMention a : mentions) {
            int k = a.start() - 1;
            if (k > 0 && lower[k].equals("that")) k--;
            if (k >= 0 && !speechAt[k]) speechAt[k] = speechVerb(lower[k], lemmas[k]) && !insideMention(k, mentions);
        }
        List<ClauseSplitter.Clause> clauses = ClauseSplitter.clauses(lower, mentions, verbAt, subordinate, speechAt);
        boolean[] roleAt = new boolean[lower.length];
        for (ActorMention a : bareRoles) roleAt[a.start()] = true;
        List<CodedEvent> best = List.of();
        Match main = null;
        int bestRank = BACKGROUND;
        for (Match m : matches) {
            int rank = rank(m, subordinate, lower, lemmas, verbal, roleAt, mentions);
            if (rank >= bestRank) continue;
            List<CodedEvent> events = events(m, sentence, tokens, lower, lemmas, mentions, bareRoles,
                    new Scope(0, joinFloor(clauses, verbAt, m.start), targetLimit(clauses, m.start),
                            PronounSubjects.antecedent(clauses, m.start, lower, mentions, verbAt)));
            if (events.isEmpty()) continue;
            best = events;
            main = m;
            bestRank = rank;
            if (rank == 0) break;
        }
        List<CodedEvent> out = main == null ? best : withOtherClauses(best, main, matches, clauses, verbal, verbAt, roleAt,
                sentence, tokens, lower, lemmas, mentions, bareRoles);
        if (main != null) {
            out = withParticiples(out, best, main, matches, clauses, verbal, verbAt, sentence, tokens, lower, lemmas,
                    mentions, bareRoles);
            out = withMeetingSetting(out, best, main, matches, clauses, verbal, verbAt, sentence, tokens, lower,
                    lemmas, mentions, bareRoles);
            out = withRelativeClauses(out, main, matches, clauses, verbAt, sentence, tokens, lower, lemmas, mentions,
                    bareRoles);
        }
        if (out.stream().noneMatch(e -> e.tag().asserted())) {
            CodedEvent statement = statement(sentence, tokens, lower, lemmas, mentions);
            if (statement != null) {
                List<CodedEvent> with = new ArrayList<>(out);
                with.add(statement);
                return with;
            }
        }
        return out;
    }

    /**
     * "Moscow not serious about ending war, says Blinken", "Blinken said Russia may stage an attack": a state's or an
     * organisation's public comment on another state, in a sentence that reports no act, is a statement (010) from
     * the speaker to the one it is about, as CAMEO codes a named actor's message with no other code. A comment on a
     * people, a group or a place ("said 14,000 Palestinians were in shelters") reports a fact, not a message to
     * anyone, and a negated saying or a question is no statement.
     */
    private CodedEvent statement(String sentence, String[] tokens, String[] lower, String[] lemmas,
                                 List<ActorMention> mentions) {
        if (lower[lower.length - 1].equals("?")) return null;
        for (int k = 0; k < lower.length; k++) {
            if (!STATEMENT_VERBS.contains(lemmas[k]) && !STATEMENT_VERBS.contains(lower[k])) continue;
            if (insideMention(k, mentions)) continue;
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
                if (sameActor(a, speaker, lower) || Objects.equals(a.country(), speaker.country())) continue;
                if (after ? a.end() <= k && openingWords(lower, 0, a.start()) : a.start() > k
                        && openingWords(lower, k + 1, a.start())) {
                    about = a;
                    break;
                }
            }
            if (about == null) return null;
            Match m = new Match(STATEMENT, k, k + 1, 1);
            return event(codes.find("010").orElseThrow(), speaker.code(), about.code(), sentence, tokens[k],
                    EventTag.ASSERTED, m, "a public comment by '" + speaker.words() + "' on '" + about.words()
                            + "' in a sentence that reports no act is a statement (010)");
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

    /**
     * "Turkish drone strike", "an Israeli strike hits a school": the noun "strike" after a weapon or right after a
     * state's name is an attack; a labour strike is a people's ("general strike", "a strike by teachers").
     */
    private static boolean militaryStrike(Match m, String[] lower, List<ActorMention> mentions) {
        if (!m.pattern.code().equals("143") || m.pattern.headPos() != 'N' || m.start == 0) return false;
        if (!lower[m.start].startsWith("strike")) return false;
        if (WEAPONS.contains(lower[m.start - 1])) return true;
        // "Strikes on Kharkiv", "a strike against Iran": struck at a named country or place (a labour strike is "on
        // Monday", "against the reform").
        boolean atPlace = m.end < lower.length && (lower[m.end].equals("on") || lower[m.end].equals("against"));
        for (ActorMention a : mentions) {
            if (atPlace && !a.bareRole() && a.role() == null && a.country() != null && a.start() > m.end
                    && a.start() <= m.end + 3) {
                return true;
            }
            if (a.end() == m.start && !a.bareRole()
                    && (a.country() == null || a.role() == null || STATE_ROLES.contains(a.role()))) {
                return true;
            }
        }
        return false;
    }

    /** "between A and B" right after an event noun (an adjective or "the" may stand first): A and B, else none. */
    private static List<ActorMention> between(List<ActorMention> mentions, String[] lower, int end) {
        if (end >= lower.length || !lower[end].equals("between")) return List.of();
        ActorMention a = null;
        for (ActorMention x : mentions) {
            if (a == null && x.start() > end && x.start() <= end + 2) a = x;
        }
        if (a == null || a.end() >= lower.length || !lower[a.end()].equals("and")) return List.of();
        for (ActorMention y : mentions) {
            if (y.start() > a.end() && y.start() <= a.end() + 2 && !y.code().equals(a.code())) return List.of(a, y);
        }
        return List.of();
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

    /** "talks with European leaders": a counterpart is named, if not as an actor, before the clause ends. */
    private static boolean withAfter(String[] lower, int from, int limit) {
        for (int k = from; k < Math.min(lower.length, limit); k++) {
            if (lower[k].equals("with")) return true;
            if (lower[k].equals(",") || lower[k].equals(";")) return false;
        }
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
        return a.role() == null ? a.evidence().startsWith(ActorDictionary.COUNTRY_LABEL) : STATE_ROLES.contains(a.role());
    }

    /**
     * The main event plus the best event of every other clause that has one of its own ("US expels Russian staff,
     * Russia vows to respond"). A clause's event must be a verb in the clause's main line: nouns, purposes and
     * participles there are background, and a repeat of an event already coded adds nothing.
     */
    private List<CodedEvent> withOtherClauses(List<CodedEvent> mainEvents, Match main, List<Match> matches,
                                              List<ClauseSplitter.Clause> clauses, boolean[] verbal,
                                              boolean[] verbAt, boolean[] roleAt,
                                              String sentence, String[] tokens, String[] lower, String[] lemmas,
                                              List<ActorMention> mentions, List<ActorMention> bareRoles) {
        if (clauses.size() < 2) return mainEvents;
        List<CodedEvent> out = new ArrayList<>(mainEvents);
        for (ClauseSplitter.Clause clause : clauses) {
            if (clause.contains(main.start) || deniedClaim(lower, lemmas, mentions, clause)) continue;
            List<CodedEvent> best = List.of();
            int bestRank = SUBORDINATE;
            for (Match m : matches) {
                // An event noun counts only in a clause with a subject of its own ("as Washington steps up aid").
                if (!clause.contains(m.start) || m.pattern.headPos() == 'N' && !clause.ownSubject()) continue;
                int rank = rank(m, null, lower, lemmas, verbal, roleAt, mentions);
                if (rank >= bestRank) continue;
                List<CodedEvent> events = events(m, sentence, tokens, lower, lemmas, mentions, bareRoles,
                        new Scope(clause.ownSubject() ? clause.start() : 0, joinFloor(clauses, verbAt, m.start),
                                targetLimit(clauses, m.start),
                                PronounSubjects.antecedent(clauses, m.start, lower, mentions, verbAt)));
                if (events.isEmpty()) continue;
                best = events;
                bestRank = rank;
            }
            String firstSide = mainEvents.isEmpty() ? null : mainEvents.get(0).tag().source();
            String firstTarget = mainEvents.isEmpty() ? null : mainEvents.get(0).tag().target();
            for (CodedEvent found : best) {
                CodedEvent e = replyTo(found, firstSide, firstTarget, lower, clause);
                boolean repeat = out.stream().anyMatch(o -> o.tag().code().equals(e.tag().code())
                        && Objects.equals(o.tag().source(), e.tag().source())
                        && Objects.equals(o.tag().target(), e.tag().target()));
                if (!repeat) out.add(e);
            }
        }
        return out;
    }

    /**
     * "The Navy thwarted an attack on a tanker, arresting 12 Somali pirates": a participle after the main verb's
     * clause, set off by a comma (or joined to such a participle by "and"), whose direct object is a named actor,
     * reports a second act of the main subject on that actor. Participles with no actor as their object ("killing one
     * person", "urging the counterpart", "accusing them of ...") add detail to the main event: coding them too cost
     * event-root precision on the coded corpus, whose coders took the main verb only. Participles that name a noun or
     * follow a preposition stay background (see {@link #rank}).
     */
    private List<CodedEvent> withParticiples(List<CodedEvent> out, List<CodedEvent> mainEvents, Match main,
                                             List<Match> matches, List<ClauseSplitter.Clause> clauses,
                                             boolean[] verbal, boolean[] verbAt, String sentence, String[] tokens,
                                             String[] lower, String[] lemmas, List<ActorMention> mentions,
                                             List<ActorMention> bareRoles) {
        if (main.pattern.headPos() == 'N' || mainEvents.isEmpty()) return out;
        EventTag first = mainEvents.get(0).tag();
        if (first.source() == null || !first.asserted()) return out;
        ActorMention subject = null;
        for (ActorMention a : mentions) if (a.code().equals(first.source()) && a.end() <= main.start) subject = a;
        if (subject == null) return out;
        int limit = targetLimit(clauses, main.start);
        List<CodedEvent> with = new ArrayList<>(out);
        boolean chain = false;
        for (Match m : matches) {
            if (m.start < main.end || m.start >= limit || m.pattern.headPos() == 'N') continue;
            boolean participle = lower[m.start].endsWith("ing") && !verbal[m.start] && m.start > 0;
            boolean opens = participle && lower[m.start - 1].equals(",") && !commaInside(lower, main.end, m.start - 1);
            boolean joined = participle && chain && lower[m.start - 1].equals("and");
            if (!opens && !joined) continue;
            if (rank(m, null, lower, lemmas, verbal, new boolean[lower.length], mentions) >= BACKGROUND) continue;
            List<CodedEvent> events = events(m, sentence, tokens, lower, lemmas, mentions, bareRoles,
                    new Scope(0, 0, limit, List.of(subject)));
            chain = true;
            if (!directObject(lower, m.start + 1, mentions)) continue;
            for (CodedEvent coded : events) {
                if (coded.tag().target() == null) continue;
                boolean repeat = with.stream().anyMatch(o -> o.tag().code().equals(coded.tag().code())
                        && Objects.equals(o.tag().source(), coded.tag().source())
                        && Objects.equals(o.tag().target(), coded.tag().target()));
                if (!repeat) with.add(coded);
            }
        }
        return with;
    }

    /**
     * "Scholz warned Putin in direct talks not to use chemical weapons": talks or negotiations after "in" or
     * "during", in the main event's clause, are a consultation of their own between the main event's two sides,
     * besides the act done in them. (A visit is not: "criticised China during a visit to Japan" visits Japan.)
     */
    private List<CodedEvent> withMeetingSetting(List<CodedEvent> out, List<CodedEvent> mainEvents, Match main,
                                                List<Match> matches, List<ClauseSplitter.Clause> clauses,
                                                boolean[] verbal, boolean[] verbAt, String sentence, String[] tokens,
                                                String[] lower, String[] lemmas, List<ActorMention> mentions,
                                                List<ActorMention> bareRoles) {
        if (main.pattern.headPos() == 'N' || mainEvents.isEmpty() || !mainEvents.get(0).tag().asserted()
                || mainEvents.get(0).tag().root().equals(INTENT_ROOT)) {
            // "would meet X if ... in peace talks": an intention has taken place in no talks yet.
            return out;
        }
        int limit = targetLimit(clauses, main.start);
        List<CodedEvent> with = new ArrayList<>(out);
        for (Match m : matches) {
            if (m.start < main.end || m.start >= limit || m.pattern.headPos() != 'N'
                    || !SETTING_CODES.contains(m.pattern.code())) {
                continue;
            }
            int in = SameActDescriptions.mannerPreposition(lower, m.start);
            if (in < main.end || contexts.conditionBetween(lower, main.end, in) || rank(m, null, lower, lemmas, verbal, new boolean[lower.length], mentions)
                    >= BACKGROUND) {
                continue;
            }
            CameoCode code = codes.find(m.pattern.code()).orElseThrow();
            for (CodedEvent done : mainEvents) {
                EventTag t = done.tag();
                if (t.source() == null || t.target() == null) continue;
                CodedEvent e = event(code, t.source(), t.target(), sentence, ActorRecognizer.join(tokens, m.start,
                        m.end), EventTag.ASSERTED, m, "'" + lower[in] + " " + String.join(" ",
                        java.util.Arrays.copyOfRange(lower, in + 1, m.end)) + "' after the main act: the two sides"
                        + " of '" + t.trigger() + "' consulted");
                boolean repeat = with.stream().anyMatch(o -> o.tag().code().equals(e.tag().code())
                        && Objects.equals(o.tag().source(), e.tag().source())
                        && Objects.equals(o.tag().target(), e.tag().target()));
                if (!repeat) with.add(e);
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
        if (say < 0 || !speechVerb(lower[say], lemmas[say]) || insideMention(say, mentions)) return false;
        return contexts.classify(lower, lemmas, 0, say).mode() == EventContextClassifier.Mode.NEGATED;
    }

    /**
     * "Egypt hosted Israeli and Palestinian negotiators, who agreed on a truce": a "who" clause set off by a comma
     * that reports an act of its own is coded (the development set's coding notes), its subject the actors the
     * clause hangs on. A restrictive one ("protesters who had attacked an embassy") only says which, and a passive
     * one ("smugglers, who were handed over to Morocco") names no one who acted.
     */
    private List<CodedEvent> withRelativeClauses(List<CodedEvent> out, Match main, List<Match> matches,
                                                 List<ClauseSplitter.Clause> clauses, boolean[] verbAt,
                                                 String sentence, String[] tokens, String[] lower, String[] lemmas,
                                                 List<ActorMention> mentions, List<ActorMention> bareRoles) {
        List<CodedEvent> with = out;
        for (Match m : matches) {
            if (m == main || m.pattern.headPos() == 'N' || m.pattern.noEvent()) continue;
            int who = m.start - 1;
            int skipped = 0;
            while (who > 0 && RELATIVE_AUXILIARIES.contains(lower[who]) && skipped++ < 2) who--;
            if (who < 2 || !SUBJECT_RELATIVES.contains(lower[who]) || !lower[who - 1].equals(",")) continue;
            if (passive(lower, lemmas, m.start)) continue;
            ActorMention antecedent = null;
            for (ActorMention a : mentions) if (a.end() == who - 1 && !a.locative()) antecedent = a;
            if (antecedent == null) continue;
            List<ActorMention> subjects = conjuncts(antecedent, mentions, lower, 0, who - 1);
            int end = lower.length;
            for (int k = m.end; k < lower.length; k++) {
                if (lower[k].equals(",") || CLAUSE_BREAKS.contains(lower[k])) {
                    end = k;
                    break;
                }
            }
            List<CodedEvent> events = events(m, sentence, tokens, lower, lemmas, mentions, bareRoles,
                    new Scope(who + 1, who + 1, end, subjects));
            for (CodedEvent e : events) {
                boolean repeat = with.stream().anyMatch(o -> o.tag().code().equals(e.tag().code())
                        && Objects.equals(o.tag().source(), e.tag().source())
                        && Objects.equals(o.tag().target(), e.tag().target()));
                if (repeat) continue;
                if (with == out) with = new ArrayList<>(out);
                with.add(e);
            }
        }
        return with;
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

    /** ", V-ing" in [from, to): a participle phrase starts before {@code to} (", including X" names the object). */
    private static boolean participleBetween(String[] lower, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (lower[k].equals(",") && lower[k + 1].endsWith("ing") && lower[k + 1].length() > 4
                    && !ING_PREPOSITIONS.contains(lower[k + 1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordBetween(String[] lower, int from, int to, String word) {
        for (int k = from; k < to; k++) if (lower[k].equals(word)) return true;
        return false;
    }

    /** Whether token {@code at} stands inside a relative clause ("who ...", "which ...") opened after {@code from}. */
    private static boolean insideRelative(String[] lower, int from, int at) {
        boolean inside = false;
        for (int k = from; k < at; k++) {
            if (RELATIVES.contains(lower[k])) inside = true;
            else if (lower[k].equals(",") || CLAUSE_BREAKS.contains(lower[k])) inside = false;
        }
        return inside;
    }

    /** A comma in [from, to): the participle belongs to a later phrase, not right after the main clause. */
    private static boolean commaInside(String[] lower, int from, int to) {
        for (int k = from; k < to; k++) if (lower[k].equals(",") || lower[k].equals(";")) return true;
        return false;
    }

    /**
     * Which match is the sentence's main event: verbs before nouns, specific patterns before weak ones, the main
     * clause before background clauses ("..., who was detained") and purposes ("staged rallies to demand reforms");
     * earliest first within a rank.
     */
    private int rank(Match m, boolean[] subordinate, String[] lower, String[] lemmas, boolean[] verbal,
                     boolean[] roleAt, List<ActorMention> mentions) {
        if (m.pattern.noEvent()) return BACKGROUND;
        boolean noun = m.pattern.headPos() == 'N';
        // "are seeking to lessen", "try to": a wish, not an act.
        if (m.end < lower.length && lower[m.end].equals("to") && m.end == m.start + 1
                && contexts.isDesire(lemmas[m.start])) {
            return BACKGROUND;
        }
        // "a house destroyed by shelling": the participle names the house.
        if (!noun && !verbal[m.start] && BackgroundWords.reducedRelative(lower, m.start, m.end)) return BACKGROUND;
        // An event noun in a background clause or after "about", "since", "of" names a circumstance, not the event.
        if (noun && (BackgroundWords.backgroundNoun(lower, m.start) || (subordinate != null && subordinate[m.start]))) {
            return BACKGROUND;
        }
        // "riot police": an event noun right before a role word only describes it.
        if (noun && m.end < lower.length && roleAt[m.end] && m.end == m.start + 1) return BACKGROUND;
        // "decisions about who we will sanction": an embedded question reports no act.
        if (BackgroundWords.embeddedQuestion(lower, m.start)) return BACKGROUND;
        int rank = m.pattern.weak() ? 2 : noun && !m.pattern.speakerIsSource() ? 1 : 0;
        boolean purpose = m.start > 0 && lower[m.start - 1].equals("to");
        // "..., slamming what he called": a participle after a comma adds background to the main clause.
        // So does one that opens the sentence ("Striking another blow, ...") or is the subject of what was said
        // ("said attacking Somali ports would not be effective").
        boolean gerund = lower[m.start].endsWith("ing") && !verbal[m.start];
        if (gerund && (m.start == 0 && openingPhrase(lower, mentions)
                || m.start > 0 && speechVerb(lower[m.start - 1], lemmas[m.start - 1]))) {
            return BACKGROUND;
        }
        boolean participle = gerund && m.start > 0 && lower[m.start - 1].equals(",");
        boolean background = (subordinate != null && subordinate[m.start])
                || BackgroundWords.gerundObject(lower, m.start);
        int ranked = background || purpose || participle ? rank + SUBORDINATE : rank;
        // A generated (PETRARCH) pattern only codes a sentence no hand-written pattern codes: measured, letting it
        // compete with hand-written ones in background clauses cost precision on the gold sets.
        return m.pattern.generated() ? ranked + 6 : ranked;
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

    private List<Match> matches(String[] lower, String[][] forms, boolean[] verbal, boolean[] handVerbal,
                                String[] pos, List<ActorMention> mentions) {
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < lower.length; i++) {
            if (insideMention(i, mentions)) continue;
            Match best = null;
            for (EventPattern p : patterns.candidates(forms, i)) {
                // A generated pattern needs its verb in a verb's place (after an actor, "to", a modal, "not"):
                // PETRARCH matched on a parse, and a participle after a noun ("the law adopted for the elections")
                // is no event of the sentence's actors.
                if (p.generated() && !verbal[i]) continue;
                boolean[] place = p.generated() ? verbal : handVerbal;
                int end = p.matchAt(lower, forms, place, pos, i);
                if (end < 0) continue;
                int words = p.matchedWords(lower, forms, place, pos, i);
                if (best == null || words > best.words || (words == best.words && end > best.end)
                        || (words == best.words && end == best.end && preferred(p, best.pattern))) {
                    best = new Match(p, i, end, words);
                }
            }
            if (best != null) out.add(best);
        }
        return out;
    }

    /** On an equal match a no-event phrase wins, a verb pattern beats a noun pattern, and a specific one a weak one. */
    private static boolean preferred(EventPattern p, EventPattern other) {
        if (p.noEvent() != other.noEvent()) return p.noEvent();
        int a = (p.headPos() == 'N' ? 1 : 0) + (p.weak() ? 2 : 0);
        int b = (other.headPos() == 'N' ? 1 : 0) + (other.weak() ? 2 : 0);
        return a < b;
    }

    /** Words in a verb's place whatever their tag: right after an actor, "to", a modal or "not". */
    static boolean[] verbal(String[] lower, List<ActorMention> mentions) {
        boolean[] out = new boolean[lower.length];
        for (ActorMention m : mentions) if (m.end() < lower.length && !m.adjective()) out[m.end()] = true;
        for (int i = 1; i < lower.length; i++) {
            if (VERB_BEFORE.contains(lower[i - 1])) out[i] = true;
        }
        return out;
    }

    private static boolean insideMention(int i, List<ActorMention> mentions) {
        for (ActorMention m : mentions) if (i >= m.start() && i < m.end()) return true;
        return false;
    }

    /**
     * Where the target of a trigger at {@code i} may no longer be sought: the end of its clause ("India backs talks
     * but won't condemn Russia"). A background clause after it still may name the target ("seized the town after
     * heavy fighting with Armenian troops").
     */
    private static int targetLimit(List<ClauseSplitter.Clause> clauses, int i) {
        for (ClauseSplitter.Clause c : clauses) if (c.contains(i)) return c.end();
        return Integer.MAX_VALUE;
    }

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
    private record Scope(int ownClauseStart, int clauseStart, int targetLimit, List<ActorMention> carried) {}

    /**
     * How far back subjects joined by "and" may be sought for a trigger at {@code i}: the start of its clause, unless
     * the clauses before it have no verb ("Norway, Spain, and Italy agreed" is one subject; "... expelled Russian
     * diplomats, and Russia vowed" is two clauses).
     */
    private static int joinFloor(List<ClauseSplitter.Clause> clauses, boolean[] verbAt, int i) {
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

    private List<CodedEvent> events(Match m, String sentence, String[] tokens, String[] lower, String[] lemmas,
                                    List<ActorMention> mentions, List<ActorMention> bareRoles, Scope scope) {
        int ownClauseStart = scope.ownClauseStart();
        int targetLimit = scope.targetLimit();
        CameoCode patternCode = codes.find(m.pattern.code()).orElseThrow();
        int clauseStart = ownClauseStart;
        for (int k = m.start - 1; k >= ownClauseStart; k--) {
            if (CLAUSE_BREAKS.contains(lower[k])) {
                clauseStart = k + 1;
                break;
            }
        }
        List<ActorMention> sources;
        List<ActorMention> targets;
        String why;
        int say = m.pattern.speakerIsSource() ? speechVerbBefore(lower, lemmas, mentions, m.start, clauseStart) : -1;
        ActorMention sayer = say < 0 ? null : nearestBefore(mentions, say, clauseStart);
        if (sayer != null) {
            // "US Embassy in Kyiv calls the attack a war crime": the one who speaks is the source, whoever stands
            // between the speech verb and the claim is the accused, and a claim about no named actor has no target.
            ActorMention accused = nearestBefore(mentions, m.start, say + 1);
            if (accused != null && Objects.equals(sayer.country(), accused.country())) return List.of();
            sources = List.of(sayer);
            targets = accused == null ? List.of() : List.of(accused);
            why = "reported claim: source is the speaker '" + sayer.words() + "' of '" + tokens[say] + "', target "
                    + (accused == null ? "none named" : "the accused '" + accused.words() + "'");
        } else if (m.pattern.speakerIsSource()) {
            ActorMention accused = nearestBefore(mentions, m.start, clauseStart);
            if (accused == null) accused = firstAfter(mentions, m.start, null, lemmas);
            ActorMention speaker = speaker(mentions, lower, lemmas, accused);
            if (speaker == null || accused == null || Objects.equals(speaker.country(), accused.country())) {
                return List.of();
            }
            sources = List.of(speaker);
            targets = List.of(accused);
            why = "reported claim: source is the speaker '" + speaker.words() + "', target the accused '"
                    + accused.words() + "'";
        } else if (passive(lower, lemmas, m.start) || sharedPassive(lower, lemmas, m.start) >= 0) {
            int be = sharedPassive(lower, lemmas, m.start);
            // "was accused by Israel of ...": the agent may stand inside the match, right after the participle.
            ActorMention agent = agentAfter(mentions, lower, m.start + 1);
            // "an American citizen has been killed": a death with no one named who caused it is no interaction.
            boolean byFollows = m.end < lower.length && lower[m.end].equals("by");
            if (agent == null && DEATHS.contains(lemmas[m.start]) && !byFollows) {
                return List.of();
            }
            // "Germany was criticised by Poland and praised by France": the second participle's subject is the
            // first one's, before its "was".
            ActorMention patient = scope.carried() != null ? scope.carried().get(0)
                    : nearestBefore(mentions, be >= 0 ? be : m.start, clauseStart);
            // "speculation that they were captured": with no agent named, a pronoun subject leaves the event with no
            // actor at all; the actor before it is likelier a speaker than the one it stands for.
            if (patient != null && agent == null && scope.carried() == null
                    && pronounBetween(lower, patient.end(), m.start)) {
                patient = null;
            }
            // "criticised by Poland and France": agents joined by "and" each act.
            sources = agent == null ? List.of() : joinedTargets(agent, mentions, lower, targetLimit);
            targets = patient == null ? List.of() : List.of(patient);
            why = "passive voice: source is the 'by' agent, target the subject";
        } else {
            // A noun trigger ("killed civilians in an attack") belongs to the clause's subject, not the nearest actor.
            // So does a second verb of the same subject ("Navy foils attack, nabs 26 pirates").
            int reported = reportedClauseStart(mentions, lower, lemmas, clauseStart, m.start);
            ActorMention subject = m.pattern.headPos() == 'N' || ClauseSplitter.sharesSubject(lower, m.start)
                    ? firstInClause(mentions, m.start, reported) : nearestBefore(mentions, m.start, clauseStart);
            ActorMention roleSubject = subject != null && subject.locative() && subject.country() != null
                    && subject.role() == null ? bareBetween(bareRoles, clauseStart, subject.start()) : null;
            // "Insurgents overran a camp in eastern Congo, killing soldiers": the place is where, the role word
            // before it is who, of that place's country.
            sources = roleSubject != null ? List.of(domestic(roleSubject, subject.country()))
                    : subject == null ? List.of() : conjuncts(subject, mentions, lower, scope.clauseStart(), m.start);
            if (scope.carried() != null) {
                // "..., but he criticised Italy": the pronoun stands for the subject of the clause before.
                sources = scope.carried();
                subject = null;
                roleSubject = null;
            }
            PronounSubjects.RelativeSides relative = m.pattern.headPos() == 'N' ? null
                    : PronounSubjects.objectRelative(lower, m.start, mentions);
            if (relative != null) {
                sources = List.of(relative.source());
                subject = null;
                roleSubject = null;
            }
            ActorMention object = firstAfter(mentions, m.start, sources, lemmas);
            if (object != null && object.start() >= targetLimit) object = null;
            // "arrested protesters who had attacked a Chinese embassy": an actor inside a relative clause on the
            // object is that clause's, not the verb's.
            if (object != null && insideRelative(lower, m.end, object.start())) object = null;
            // "detained its crew, prompting London to summon ...": the participle's object is not the verb's.
            if (object != null && participleBetween(lower, m.end, object.start())) object = null;
            // "Hungarian and Romanian officials agreed that their countries should help Romanian refugees": joined
            // parties agreeing on a claim are each other's other side, not the claim's actors.
            if (object != null && sources.size() > 1 && wordBetween(lower, m.end, object.start(), "that")) {
                object = null;
            }
            targets = object == null ? List.of() : joinedTargets(object, mentions, lower, targetLimit);
            if (relative != null) targets = List.of(relative.target());
            // "Kuleba and Lavrov met in Turkey": joined subjects act on each other; the place is where.
            if (sources.size() > 1 && targets.stream().allMatch(ActorMention::locative)) targets = List.of();
            why = "subject before the trigger is the source, first other actor after it the target";
            if (relative != null) {
                why += "; in the relative clause on '" + relative.target().words() + "' its subject '"
                        + relative.source().words() + "' acts on it";
            }
            if (scope.carried() != null) {
                why += "; the pronoun opening the clause stands for '" + scope.carried().get(0).words()
                        + "', the subject of the clause before";
            }
            if (roleSubject != null) {
                why += "; the subject '" + roleSubject.words() + "' is taken to be of the place '"
                        + subject.words() + "'";
            }
            List<ActorMention> before = m.pattern.headPos() == 'N' ? prenominal(mentions, lower, m.start, sources)
                    : List.of();
            if (!before.isEmpty()) {
                targets = before;
                why += "; the actors named right before the event noun are its other party";
            }
            ActorMention verbObject = m.pattern.headPos() == 'N' && targets.isEmpty() && !sources.isEmpty()
                    ? SameActDescriptions.objectBeforeMannerNoun(lower, m.start, sources, mentions) : null;
            if (verbObject != null) {
                targets = List.of(verbObject);
                why += "; 'in an attack' describes the act on the verb's object '" + verbObject.words() + "'";
            }
            if (sources.isEmpty() && m.pattern.headPos() == 'N') {
                List<ActorMention> parties = between(mentions, lower, m.end);
                if (!parties.isEmpty()) {
                    // "Fresh clashes between Armenia and Azerbaijan", "a truce between Hamas and Israel": the two
                    // parties act on each other, as CAMEO codes two-party acts.
                    sources = parties;
                    targets = List.of();
                    why += "; the parties named after 'between' act on each other";
                }
            }
            String country = onlyCountry(mentions);
            ActorMention roleBefore = bareBetween(bareRoles, clauseStart, m.start);
            if (sources.isEmpty() && roleBefore != null && country != null) {
                sources = List.of(domestic(roleBefore, country));
                // "Protesters try to storm Chilean parliament": a domestic target stays, unless it is the source or
                // the place that gave the source its country ("leaders arrested in Canada").
                if (object != null && country.equals(object.country())
                        && (object.locative() || sameActor(sources.get(0), object, lower))) {
                    targets = List.of();
                }
                why += "; the subject '" + roleBefore.words() + "' is taken to be of " + country
                        + ", the sentence's only country";
            }
            ActorMention roleAfter = bareBetween(bareRoles, m.start + 1, phraseEnd(lower, m.end));
            if (targets.isEmpty() && roleAfter != null && sources.size() == 1 && sources.get(0).country() != null
                    && !PLACE_WORDS.contains(lower[roleAfter.start() - 1]) && !speaks(roleAfter, lower, lemmas)) {
                ActorMention object2 = domestic(roleAfter, sources.get(0).country());
                if (!object2.code().equals(sources.get(0).code())) {
                    targets = List.of(object2);
                    why += "; the object '" + roleAfter.words() + "' is taken to be of the source's country";
                }
            }
        }
        if (sources.isEmpty() && targets.isEmpty()) return List.of();
        if (MEETINGS.contains(patternCode.code()) && targets.isEmpty() && sources.size() == 1
                && sources.get(0).country() != null && !withAfter(lower, m.end, targetLimit)) {
            // "Putin attends a meeting in Moscow": a meeting with no one named to meet is no interaction; a body
            // whose members meet ("the Security Council met") or one met "with" someone unnamed still is.
            return List.of();
        }
        CameoCode code = patternCode;
        boolean militaryStrike = militaryStrike(m, lower, mentions);
        if (militaryStrike) why += "; a strike by a state or a weapon is force, not a labour strike";
        if (m.pattern.violence() || militaryStrike) {
            boolean state = !sources.isEmpty() && sources.get(0).country() != null
                    && (sources.get(0).role() == null || STATE_ROLES.contains(sources.get(0).role()));
            code = codes.find(state ? "190" : "180").orElseThrow();
            why += state ? "; a state actor's violence is conventional force (190)" : "; non-state violence (180)";
            if (state && militaryStrike && AERIAL.contains(lower[m.start - 1])) {
                code = codes.find("195").orElseThrow();
                why += "; from the air (195)";
            }
        }
        if (!sources.isEmpty() && crowd(sources.get(0))
                && (RIOT_ROOTS.contains(code.root()) || code.code().equals("171"))) {
            // "Rioters set fire to a bank", "protesters attacked a police station": a crowd's violence is a riot.
            why += "; violence by protesters or a crowd is a riot (" + code.code() + " -> 145)";
            code = codes.find("145").orElseThrow();
        }
        if (!targets.isEmpty() && crowd(targets.get(0)) && !sources.isEmpty()
                && sources.get(0).role() != null && POLICING_ROLES.contains(sources.get(0).role()) && RIOT_ROOTS.contains(code.root())) {
            // "Police clashed with protesters", "troops fired on demonstrators": force against a crowd is repression.
            why += "; force by police or troops against a crowd is repression (" + code.code() + " -> 175)";
            code = codes.find("175").orElseThrow();
        }
        EventContextClassifier.Context context = contexts.classify(lower, lemmas, clauseStart, m.start,
                m.pattern.headPos() == 'N' ? NOUN_CONTEXT_REACH : VERB_CONTEXT_REACH);
        if (m.pattern.speakerIsSource()) {
            EventContextClassifier.Context saying = sayingContext(context, lower, lemmas, mentions, say, clauseStart,
                    m.start);
            if (saying != context) {
                why += "; the saying decides, not the claim's '" + context.word() + "'";
                context = saying;
            }
        }
        if (context.mode() == EventContextClassifier.Mode.ASSERTED && !sources.isEmpty()
                && ClauseSplitter.sharesSubject(lower, m.start)) {
            // "Biden will visit Poland, meet Duda": the second verb shares the first one's future.
            String future = contexts.futureWordBetween(lower, sources.get(0).end(), m.start);
            if (future != null) {
                context = new EventContextClassifier.Context(EventContextClassifier.Mode.FUTURE, future);
            }
        }
        if (context.mode() == EventContextClassifier.Mode.HYPOTHETICAL && context.word() != null
                && ATTEMPTS.contains(context.word().toLowerCase(java.util.Locale.ROOT).split(" ")[0])
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
        String trigger = ActorRecognizer.join(tokens, m.start, m.end);
        String reason = why + (context.word() == null ? ""
                : "; context " + tagContext + " (" + context.mode().name().toLowerCase(java.util.Locale.ROOT)
                + ") because of '" + context.word() + "'");
        List<CodedEvent> out = new ArrayList<>();
        if (targets.isEmpty() && sources.size() > 1) {
            for (ActorMention a : sources) {
                for (ActorMention b : sources) {
                    if (a != b && !sameActor(a, b, lower)) {
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
            List<ActorMention> others = targets.stream().filter(t -> !sameActor(s, t, lower)).toList();
            if (others.isEmpty()) out.add(event(code, s.code(), null, sentence, trigger, tagContext, m, reason));
            for (ActorMention t : others) {
                out.add(event(code, s.code(), t.code(), sentence, trigger, tagContext, m, reason));
                if (mutual && !t.locative() && TwoPartyActs.namedWith(lower, m.start, t)) {
                    back.add(event(code, t.code(), s.code(), sentence, trigger, tagContext, m, reason
                            + "; a two-party act with '" + t.words() + "' is coded both ways"));
                }
            }
        }
        out.addAll(back);
        return out;
    }

    private static CodedEvent event(CameoCode c, String source, String target, String sentence, String trigger,
                                    String context, Match m, String why) {
        EventTag tag = new EventTag(c.code(), c.root(), c.name(), c.quadClass(), c.goldstein(), c.plover(), source,
                target, sentence, trigger, context);
        return new CodedEvent(tag, m.pattern.code() + " '" + m.pattern.text() + "'"
                + (m.pattern.generated() ? " (" + EventPatterns.IMPORTED + ")" : ""), why);
    }

    /**
     * Whether two mentions are one side of an event: the same code, or a country named as such and its own state
     * ("China" and "Beijing" or "Wang Yi"; "Taiwan put its forces on alert"), since a country that acts or is acted
     * on by name is its state. A country's people, groups or places ("Nigerians", "activists in Algeria", "a curfew
     * in Sudan") and its opposition, rebels or businesses are another side of a domestic event, as are two
     * different branches of its state.
     */
    static boolean sameActor(ActorMention a, ActorMention b, String[] lower) {
        if (a.code().equals(b.code())) return true;
        if (a.country() == null || !a.country().equals(b.country())) return false;
        return stateByName(a, lower) && b.role() != null && STATE_ROLES.contains(b.role())
                || stateByName(b, lower) && a.role() != null && STATE_ROLES.contains(a.role());
    }

    /** "China agreed", "to democratise Serbia": a country's name, not as a place nor an owner ("Iraq's militants"). */
    private static boolean stateByName(ActorMention a, String[] lower) {
        return a.role() == null && !a.locative() && a.evidence().startsWith(ActorDictionary.COUNTRY_LABEL)
                && !(a.end() < lower.length && lower[a.end()].equals("'s"));
    }

    private static boolean pronounBetween(String[] lower, int from, int to) {
        for (int k = from; k < to; k++) if (PRONOUNS.contains(lower[k])) return true;
        return false;
    }

    private static boolean crowd(ActorMention a) {
        if (!"CVL".equals(a.role())) return false;
        for (String w : a.words().toLowerCase(java.util.Locale.ROOT).split(" ")) if (CROWD_WORDS.contains(w)) return true;
        return false;
    }

    /** The one country all actors of the sentence belong to, or null when none or several. */
    private static String onlyCountry(List<ActorMention> mentions) {
        String country = null;
        for (ActorMention a : mentions) {
            if (a.country() == null) continue;
            if (country != null && !country.equals(a.country())) return null;
            country = a.country();
        }
        return country;
    }

    private static ActorMention bareBetween(List<ActorMention> bareRoles, int from, int to) {
        for (ActorMention r : bareRoles) if (r.start() >= from && r.end() <= to) return r;
        return null;
    }

    private static int clauseEnd(String[] lower, int from) {
        for (int k = from; k < lower.length; k++) if (CLAUSE_BREAKS.contains(lower[k])) return k;
        return lower.length;
    }

    /** End of the object phrase after a trigger: the next comma, clause break or background clause. */
    private int phraseEnd(String[] lower, int from) {
        boolean[] background = contexts.subordinate(lower);
        for (int k = from; k < lower.length; k++) {
            if (lower[k].equals(",") || CLAUSE_BREAKS.contains(lower[k]) || background[k]) return k;
        }
        return lower.length;
    }

    /** "..., the Parliament speaker said": a role followed by a speech verb is who reports, not whom. */
    private boolean speaks(ActorMention role, String[] lower, String[] lemmas) {
        for (int k = role.end(); k < Math.min(lower.length, role.end() + 2); k++) {
            if (speechVerb(lower[k], lemmas[k])) return true;
        }
        return false;
    }

    private static ActorMention domestic(ActorMention role, String country) {
        return new ActorMention(role.start(), role.end(), country + role.role(), country, role.role(), role.words(),
                role.evidence() + " of " + country, false, false);
    }

    /**
     * "Ukrainian officials said a Russian attack killed 21": the reported clause after a speech verb, when an actor
     * stands in it, so the speaker is not taken for the attacker.
     */
    private int reportedClauseStart(List<ActorMention> mentions, String[] lower, String[] lemmas, int clauseStart,
                                    int head) {
        for (int k = head - 1; k > clauseStart; k--) {
            if (!speechVerb(lower[k], lemmas[k])) continue;
            for (ActorMention a : mentions) if (a.start() > k && a.end() <= head && !a.locative()) return k + 1;
            return clauseStart;
        }
        return clauseStart;
    }

    private static ActorMention firstInClause(List<ActorMention> mentions, int head, int clauseStart) {
        for (ActorMention a : mentions) {
            if (a.start() >= clauseStart && a.end() <= head && !a.locative()) return a;
        }
        return nearestBefore(mentions, head, clauseStart);
    }

    /** The actor nearest before the trigger; places ("in Moscow") only when no other actor precedes. */
    private static ActorMention nearestBefore(List<ActorMention> mentions, int head, int clauseStart) {
        ActorMention place = null;
        for (int k = mentions.size() - 1; k >= 0; k--) {
            ActorMention a = mentions.get(k);
            if (a.end() > head || a.start() < clauseStart) continue;
            if (!a.locative()) return a;
            if (place == null) place = a;
        }
        return place;
    }

    /** First actor after the trigger that is not a source, nor the speaker of a trailing "..., X said". */
    private ActorMention firstAfter(List<ActorMention> mentions, int head, List<ActorMention> exclude,
                                    String[] lemmas) {
        ActorMention place = null;
        for (ActorMention a : mentions) {
            if (a.start() <= head) continue;
            if (a.end() < lemmas.length && speechVerb(lemmas[a.end()], lemmas[a.end()])) continue;
            if (exclude != null && exclude.stream().anyMatch(e -> sameActor(e, a, lemmas))) continue;
            // "off Yemen" is where it happened, never whom; "to Brussels for NATO summit": the venue gives way to
            // the actor met there.
            if (a.start() > 0 && lemmas[a.start() - 1].equals("off")) continue;
            if (place != null) return a.start() - place.end() <= VENUE_REACH ? a : place;
            if (a.locative() && "GOV".equals(a.role()) && a.code().length() == 6) {
                place = a;
                continue;
            }
            return a;
        }
        return place;
    }

    /**
     * "arrested 12 Somali and 11 Yemeni pirates", "captures Somali, Yemeni pirates": every actor joined to the
     * first target is a target too, each of its own event, as CAMEO codes compound actors.
     */
    private static List<ActorMention> joinedTargets(ActorMention first, List<ActorMention> mentions, String[] lower,
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
    private static List<ActorMention> prenominal(List<ActorMention> mentions, String[] lower, int head,
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

    /** "Israel and the Palestinians", "Hungarian and Romanian officials": every actor joined to the subject. */
    /** @param from where the subject's clause starts: "..., and Russia vowed" joins no actor of the clause before */
    private static List<ActorMention> conjuncts(ActorMention subject, List<ActorMention> mentions, String[] lower,
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
        String role = subject.role() != null ? subject.role()
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

    /** "was attacked by", "has been accused by": a participle right after a form of "be". */
    private static boolean passive(String[] lower, String[] lemmas, int head) {
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
    private static int sharedPassive(String[] lower, String[] lemmas, int head) {
        if (head < 2 || head + 1 >= lower.length || !lower[head + 1].equals("by")) return -1;
        if (!JOINED_VERB.contains(lower[head - 1]) || !lower[head].endsWith("ed") && lower[head].equals(lemmas[head])) {
            return -1;
        }
        for (int k = head - 2; k >= 0; k--) {
            if (CLAUSE_BREAKS.contains(lower[k])) return -1;
            if (BE.contains(lower[k]) && k + 1 < head && passive(lower, lemmas, k + 1)) return k;
        }
        return -1;
    }

    private static ActorMention agentAfter(List<ActorMention> mentions, String[] lower, int end) {
        for (int k = end; k < lower.length; k++) {
            if (CLAUSE_BREAKS.contains(lower[k])) break;
            if (lower[k].equals("by")) {
                // "killed by jihadist fighters near Timbuktu": a place after the agent is where, not who.
                for (ActorMention a : mentions) if (a.start() > k && a.start() <= k + 4 && !a.locative()) return a;
            }
        }
        return null;
    }

    /** The speech verb nearest before a claim in its clause ("calls", "said"; not "States" of a name), or -1. */
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
            if (k != head && speechVerb(lower[k], lemmas[k]) && !insideMention(k, mentions)) verb = k;
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

    private int speechVerbBefore(String[] lower, String[] lemmas, List<ActorMention> mentions, int head,
                                 int clauseStart) {
        for (int k = head - 1; k >= clauseStart; k--) {
            if (speechVerb(lower[k], lemmas[k]) && !insideMention(k, mentions)) return k;
        }
        return -1;
    }

    private boolean speechVerb(String lower, String lemma) {
        for (String form : WordForms.of(lower, lemma)) if (contexts.isSpeechVerb(form)) return true;
        return false;
    }

    /** Who made the claim: the actor next to a speech verb ("X said", "said X"), or after a headline dash. */
    private ActorMention speaker(List<ActorMention> mentions, String[] lower, String[] lemmas, ActorMention accused) {
        for (int k = 0; k < lower.length; k++) {
            if (!speechVerb(lower[k], lemmas[k])) continue;
            ActorMention before = null;
            for (ActorMention a : mentions) {
                if (a.end() <= k && a != accused && (accused == null || !a.code().equals(accused.code()))
                        && (before == null || !a.locative())) {
                    before = a;
                }
            }
            if (before != null) return before;
            for (ActorMention a : mentions) {
                if (a.start() > k && a.start() <= k + 2 && a != accused) return a;
            }
        }
        for (int k = 0; k < lower.length; k++) {
            if (!DASHES.contains(lower[k])) continue;
            for (ActorMention a : mentions) {
                if (a.start() > k && a != accused && (accused == null || !a.code().equals(accused.code()))) return a;
            }
        }
        return null;
    }
}
