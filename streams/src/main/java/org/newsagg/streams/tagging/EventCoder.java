package org.newsagg.streams.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsagg.model.EventTag;

/**
 * Codes the main event of one sentence: the earliest specific pattern match that has an actor, with its source
 * (subject before the trigger, or the "by" agent of a passive), target (first other actor after the trigger) and
 * context. Subjects joined by "and" with no target give the reciprocal events CAMEO asks for.
 * The pipeline: {@link PatternMatcher} finds the matches, {@link MatchRanker} ranks them, {@link MatchCoder} codes
 * the best into events, {@link SecondEvents} adds those of other clauses, participles and "who" clauses, and
 * {@link StatementEvents} a statement when no act is reported.
 */
final class EventCoder {

    /** An event and the reasons, for {@link ArticleTagger#explain}. */
    record CodedEvent(EventTag tag, String pattern, String why) {}

    private final EventContextClassifier contexts;
    private final SpeechVerbs speech;
    private final PatternMatcher matcher;
    private final MatchRanker ranker;
    private final MatchCoder coder;
    private final SecondEvents secondEvents;
    private final StatementEvents statements;

    EventCoder(EventPatterns patterns, CameoCodes codes, EventContextClassifier contexts) {
        this.contexts = contexts;
        this.speech = new SpeechVerbs(contexts);
        this.matcher = new PatternMatcher(patterns);
        this.ranker = new MatchRanker(contexts, speech);
        this.coder = new MatchCoder(codes, contexts, speech);
        this.secondEvents = new SecondEvents(codes, contexts, speech, ranker, coder);
        this.statements = new StatementEvents(codes, contexts);
    }

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "'", "‘");
    /** Words after which a clause with its own subject opens: a dateline's colon, a speech verb, "that". */
    private static final Set<String> CLAUSE_OPENERS = Set.of(":", "say", "says", "said", "that");
    /** Tags of a word qualifying a role word that opens a sentence ("Enraged protesters", "Masked youths"). */
    private static final Set<String> ADJECTIVE_TAGS = Set.of("ADJ", "JJ", "VERB", "VBN");

    /**
     * The sentence's events. {@code forms} are each word's {@link WordForms#of} with its lemma, and {@code verbal}
     * is {@link #verbal}: the tagger has them from choosing the POS windows.
     */
    List<CodedEvent> code(String sentence, String[] tokens, String[] lower, String[] pos, String[] lemmas,
                          String[][] forms, boolean[] verbal, List<ActorMention> mentions,
                          List<ActorMention> bareRoles) {
        if (mentions.isEmpty()) return List.of();
        // "Gunmen kidnap 30 pupils", "Police arrest activists": a role word opening the sentence is its subject, so
        // the word after it is in a verb's place for the hand-written patterns, whatever the tagger made of a
        // headline's present tense (the generated ones keep to actors: measured, they took over such sentences).
        boolean[] handVerbal = verbal.clone();
        // "The Navy warship nabs ...", "Enraged protesters battle cops", "police say a man shot ...": so does a run of
        // role words opening it or a reported clause, after quotes, an article or adjectives.
        int run = -1;
        for (ActorMention r : bareRoles) {
            if (r.end() >= lower.length) continue;
            int k = r.start();
            while (k > 0 && (ARTICLES.contains(lower[k - 1]) || QUOTE_MARKS.contains(lower[k - 1])
                    || ADJECTIVE_TAGS.contains(pos[k - 1]))) {
                k--;
            }
            if (k == 0 || r.start() == run || CLAUSE_OPENERS.contains(lower[k - 1])) {
                handVerbal[r.end()] = true;
                run = r.end();
            }
        }
        // "Indian Navy foils attack, nabs 26 pirates": in a headline a word ending in -s between a comma and a number
        // is a second verb of the same subject, whatever the tagger made of it.
        for (int k = 1; k + 1 < lower.length; k++) {
            if (lower[k - 1].equals(",") && lower[k].endsWith("s") && Character.isDigit(lower[k + 1].charAt(0))
                    && HeadlineNormalizer.isHeadline(tokens)) {
                handVerbal[k] = true;
            }
        }
        List<PatternMatch> matches = VerbObjectNouns.withoutObjects(
                matcher.matches(lower, forms, verbal, handVerbal, pos, mentions));
        boolean[] subordinate = contexts.subordinate(lower);
        boolean[] verbAt = new boolean[lower.length];
        for (PatternMatch m : matches) if (m.pattern().headPos() != 'N') verbAt[m.start()] = true;
        // Only the words right before an actor (or before "that" and an actor) can open a claim with its own subject.
        boolean[] speechAt = new boolean[lower.length];
        for (ActorMention a : mentions) {
            int k = a.start() - 1;
            if (k > 0 && lower[k].equals("that")) k--;
            if (k >= 0 && !speechAt[k]) {
                speechAt[k] = speech.is(lower[k], lemmas[k]) && !PatternMatcher.insideMention(k, mentions);
            }
        }
        List<ClauseSplitter.Clause> clauses = ClauseSplitter.clauses(lower, mentions, verbAt, subordinate, speechAt);
        boolean[] roleAt = new boolean[lower.length];
        for (ActorMention a : bareRoles) roleAt[a.start()] = true;
        SentenceWords words = new SentenceWords(sentence, tokens, lower, lemmas, mentions, bareRoles);
        List<CodedEvent> best = List.of();
        PatternMatch main = null;
        int bestRank = MatchRanker.BACKGROUND;
        for (PatternMatch m : matches) {
            int rank = ranker.rank(m, subordinate, lower, lemmas, verbal, roleAt, mentions);
            if (rank >= bestRank) continue;
            List<CodedEvent> events = coder.events(m, words, new ActorScope(0,
                    ActorScope.joinFloor(clauses, verbAt, m.start()), ActorScope.targetLimit(clauses, m.start()),
                    PronounSubjects.antecedent(clauses, m.start(), lower, mentions, verbAt)));
            if (events.isEmpty()) continue;
            best = events;
            main = m;
            bestRank = rank;
            if (rank == 0) break;
        }
        SentenceMatches found = new SentenceMatches(matches, clauses, verbal, verbAt, roleAt);
        List<CodedEvent> out = main == null ? best : secondEvents.withOtherClauses(best, main, found, words);
        if (main != null) {
            out = secondEvents.withParticiples(out, best, main, found, words);
            out = secondEvents.withMeetingSetting(out, best, main, found, words);
            out = secondEvents.withRelativeClauses(out, main, found, words);
            out = secondEvents.withClashReplies(out, words);
        }
        if (out.stream().noneMatch(e -> e.tag().asserted())) {
            CodedEvent statement = statements.statement(sentence, tokens, lower, lemmas, mentions);
            if (statement != null) {
                List<CodedEvent> with = new ArrayList<>(out);
                with.add(statement);
                return with;
            }
        }
        return out;
    }

    /**
     * Whether a sentence with no trigger word may still be a statement: two actors and a speech verb. Such a
     * sentence needs no POS window (the statement rule reads words only).
     */
    static boolean mayBeStatement(String[] lower, List<ActorMention> mentions) {
        return StatementEvents.mayBeStatement(lower, mentions);
    }

    /** Words in a verb's place whatever their tag: right after an actor, "to", a modal or "not". */
    static boolean[] verbal(String[] lower, List<ActorMention> mentions) {
        return PatternMatcher.verbal(lower, mentions);
    }
}
