package org.newsagg.streams.tagging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rewrites a headline into the plain sentence the event coder reads, before POS tagging. A headline is a sentence
 * with no final full stop (a title, a caption, a one-line summary); its grammar differs from body text in ways that
 * hide events from a tagger trained on body text:
 * <ul>
 *   <li>Title Case ("Indian Navy Captures 23 Pirates"): every word that is not part of an actor goes to lower case,
 *       so the POS model sees verbs, not names;</li>
 *   <li>attribution at the end ("..., says Blinken", "..., US official says", "... - Blinken", "..., according to
 *       Kyiv") moves to the front as
 *       "X said ...", so the speaker is a speaker and not the target;</li>
 *   <li>a {@code X:} prefix ("Blinken: Russia committed war crimes") becomes "X said";</li>
 *   <li>{@code to} + verb right after the subject ("UK to send missiles") is the future, "will";</li>
 *   <li>a comma between two leading actors ("Biden, Xi to hold call") is "and";</li>
 *   <li>an actor followed by a bare participle ("Kyiv shelled again", "tanker freed by pirates") is a passive, so
 *       "was" goes in before the participle;</li>
 *   <li>an actor "on high alert" with no verb is in that state: "remains" goes in after it;</li>
 *   <li>a plural word opening the headline before a preposition ("Talks between ...", "Strikes on ...") is its event
 *       noun: "The" goes in before it, so the POS model does not read it as a verb.</li>
 * </ul>
 * The rewrite keeps every actor's words, so the actors are found again in the result.
 */
final class HeadlineNormalizer {

    private static final Set<String> FINAL_STOPS = Set.of(".", "!", "?");
    private static final Set<String> CLOSING_QUOTES = Set.of("\"", "”", "’", "'", ")", "]");
    private static final Set<String> DASHES = Set.of("-", "—", "–", "--");
    private static final Set<String> SAY = Set.of("says", "said", "say", "claims", "warns", "tells");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "this",
            "that", "these", "those", "be", "and", "or");
    /** What may follow a bare participle in a passive headline: an agent, a place, a time, or nothing. */
    private static final Set<String> AFTER_PARTICIPLE = Set.of("by", "again", "in", "at", "near", "on", "with",
            "over", "after", "during", "for", "as", ",", ";", ":", "off", "outside", "inside", "dead");
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("hit", "shot", "held", "seized", "taken",
            "beaten", "struck", "caught", "sent", "thrown", "freed", "slain", "shut", "driven", "given", "told",
            "sentenced", "jailed", "charged", "arrested");
    private static final int MAX_HEADLINE_TOKENS = 30;
    private static final int MAX_PREFIX_TOKENS = 6;
    private static final double TITLE_CASE_SHARE = 0.75;

    /** A rewritten headline and what was done, for {@code explain}. */
    record Result(String[] tokens, List<String> steps) {
        boolean changed() {
            return !steps.isEmpty();
        }
    }

    /** A sentence without a final full stop, question or exclamation mark, and short enough to be a title. */
    static boolean isHeadline(String[] tokens) {
        if (tokens.length == 0 || tokens.length > MAX_HEADLINE_TOKENS) return false;
        int last = tokens.length - 1;
        while (last > 0 && CLOSING_QUOTES.contains(tokens[last])) last--;
        return !FINAL_STOPS.contains(tokens[last]);
    }

    /**
     * The headline rewritten, or the same tokens with no steps when the sentence is not a headline.
     *
     * @param mentions the actors found in {@code tokens} (bare roles included)
     */
    Result normalise(String[] tokens, List<ActorMention> mentions) {
        if (!isHeadline(tokens)) return new Result(tokens, List.of());
        List<String> steps = new ArrayList<>();
        List<String> out = new ArrayList<>(Arrays.asList(tokens));
        boolean[] actor = covered(tokens.length, mentions, false);
        boolean[] anyRole = covered(tokens.length, mentions, true);
        if (titleCase(tokens, anyRole)) {
            for (int i = 1; i < out.size(); i++) {
                if (!actor[i] && !acronym(tokens[i])) out.set(i, tokens[i].toLowerCase(Locale.ROOT));
            }
            steps.add("Title Case to sentence case");
        }
        // These rules replace tokens one for one, so the mentions' positions stay valid; the last two move or insert
        // words, so they come last and only one of them applies.
        int colon = colonPrefix(tokens, mentions);
        int dateline = colon > 0 && dateline(tokens, mentions, colon) ? colon : -1;
        if (dateline > 0) {
            colon = -1;
        }
        if (colon > 0) {
            out.set(colon, "said");
            steps.add("'" + String.join(" ", out.subList(0, colon)) + ":' prefix is the speaker");
        }
        int visit = visitIn(tokens, mentions);
        if (visit > 0) {
            out.set(visit, "visits");
            steps.add("'" + String.join(" ", out.subList(0, visit)) + " in' + a foreign place with no verb is a visit");
        }
        int comma = jointSubjects(tokens, mentions);
        if (comma > 0) {
            out.set(comma, "and");
            steps.add("'A, B' subjects are 'A and B'");
        }
        for (int i = 1; i < tokens.length - 1; i++) {
            boolean afterSubject = subjectEndsAt(i, mentions, tokens) || actorList(i, mentions, tokens)
                    || openingActorAndNounsEndAt(i, mentions, tokens);
            if (tokens[i].equalsIgnoreCase("to") && afterSubject && verbLike(tokens, i + 1, anyRole)) {
                out.set(i, "will");
                steps.add("'to' + verb after the subject is the future ('will')");
            }
        }
        for (int i = 1; i + 1 < tokens.length; i++) {
            // "Greek government under fire over riots": the headline idiom for criticism by no one named.
            if (tokens[i].equalsIgnoreCase("under") && tokens[i + 1].equalsIgnoreCase("fire")
                    && endsMention(i, mentions)) {
                out.set(i, "was");
                out.set(i + 1, "criticised");
                steps.add("'under fire' after an actor is criticism ('was criticised')");
            }
        }
        List<String> moved = dateline > 0 ? null : attribution(out, mentions);
        if (dateline > 0) {
            // "Nigeria: Gunmen kidnap 30 pupils": the country says where, not who speaks.
            List<String> placed = new ArrayList<>(out.subList(dateline + 1, out.size()));
            placed.add("in");
            placed.addAll(out.subList(0, dateline));
            steps.add("'" + String.join(" ", out.subList(0, dateline)) + ":' prefix is the place");
            out = placed;
        } else if (moved != null) {
            String speaker = String.join(" ", moved.subList(0, moved.indexOf("said")));
            steps.add("attribution '" + speaker + "' moved to the front");
            out = moved;
        } else {
            int participle = bareParticiple(out, mentions);
            int state = participle > 0 ? -1 : stateAfterSubject(out, mentions);
            if (participle > 0) {
                out.add(participle, "was");
                steps.add("'" + out.get(participle + 1) + "' after an actor with no verb is a passive");
            } else if (state > 0) {
                // "remains", not "is": the patterns read forms of "be" only where written as "be" (the lemma of
                // every "is" would open a POS window in almost every sentence).
                out.add(state, "remains");
                steps.add("'" + String.join(" ", out.subList(0, state))
                        + " on ... alert' with no verb is a state ('remains')");
            } else if (pluralNounOpens(out, mentions)) {
                out.add(0, "The");
                out.set(1, out.get(1).toLowerCase(Locale.ROOT));
                steps.add("'" + out.get(1) + "' opening the headline before a preposition is its event noun");
            }
        }
        return new Result(steps.isEmpty() ? tokens : out.toArray(String[]::new), List.copyOf(steps));
    }

    private static boolean[] covered(int n, List<ActorMention> mentions, boolean withBareRoles) {
        boolean[] out = new boolean[n];
        for (ActorMention m : mentions) {
            if (m.bareRole() && !withBareRoles) continue;
            for (int i = m.start(); i < m.end() && i < n; i++) out[i] = true;
        }
        return out;
    }

    /** Most longer words outside the actors start with a capital: short function words vary between styles. */
    private static boolean titleCase(String[] tokens, boolean[] actor) {
        int words = 0;
        int capitalised = 0;
        for (int i = 1; i < tokens.length; i++) {
            String t = tokens[i];
            if (actor[i] || t.length() < 4 || !Character.isLetter(t.charAt(0)) || acronym(t)) continue;
            words++;
            if (Character.isUpperCase(t.charAt(0))) capitalised++;
        }
        if (words >= 2) return capitalised >= TITLE_CASE_SHARE * words;
        // A short headline with one longer word ("Gunmen Kill 12 In Nigerian Village"): every word outside the actors,
        // the short ones too, starts with a capital.
        int all = 0;
        for (int i = 1; i < tokens.length; i++) {
            String t = tokens[i];
            if (actor[i] || !Character.isLetter(t.charAt(0)) || acronym(t)) continue;
            if (!Character.isUpperCase(t.charAt(0))) return false;
            all++;
        }
        return all >= 2;
    }

    private static boolean acronym(String t) {
        if (t.length() < 2) return false;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) return false;
        }
        return true;
    }

    private static final Set<String> AFTER_VISIT = Set.of("for", "on", "to", "ahead", "amid", "as", ",", "after",
            "today", "tomorrow");
    private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "scores");

    /** "Blinken: ...", "US admiral: ...": the colon after a short opening that holds an actor. */
    private static int colonPrefix(String[] tokens, List<ActorMention> mentions) {
        for (int i = 1; i <= Math.min(MAX_PREFIX_TOKENS, tokens.length - 2); i++) {
            if (!tokens[i].equals(":")) continue;
            for (ActorMention m : mentions) if (m.end() == i && m.start() <= 2) return i;
            return -1;
        }
        return -1;
    }

    /**
     * "Nigeria: Gunmen kidnap 30 pupils", "Greece: Three killed as ...": a country's name before the colon, and after
     * it a role word or a number with no actor of its own, is a dateline: it places the story (DEV-GOLD.md), where
     * "Russia: Biden's remarks 'unacceptable'" gives the speaker.
     */
    private static boolean dateline(String[] tokens, List<ActorMention> mentions, int colon) {
        ActorMention prefix = null;
        for (ActorMention m : mentions) {
            if (m.start() == 0 && m.end() == colon && !m.bareRole()) prefix = m;
        }
        if (prefix == null || prefix.role() != null || prefix.country() == null
                || !(prefix.evidence().startsWith(ActorDictionary.COUNTRY_LABEL)
                        || prefix.evidence().startsWith(ActorDictionary.PLACE_LABEL))) {
            return false;
        }
        String next = tokens[colon + 1];
        boolean opensWithRole = false;
        for (ActorMention m : mentions) if (m.start() == colon + 1) opensWithRole = m.bareRole();
        return opensWithRole || Character.isDigit(next.charAt(0)) || NUMBER_WORDS.contains(next.toLowerCase(Locale.ROOT));
    }

    /**
     * "Saudi FM in Tehran for talks", "Biden in Warsaw to meet Duda": a leader or government opening the headline,
     * then "in" and another country's place, then the end or a word that starts no verb: the headline reports a visit.
     * Troops or protesters "in" a place are not visiting, so only a government counts.
     */
    private static int visitIn(String[] tokens, List<ActorMention> mentions) {
        ActorMention subject = null;
        for (ActorMention m : mentions) {
            if (m.start() == 0 && !m.bareRole() && "GOV".equals(m.role())) subject = m;
        }
        if (subject == null || subject.end() >= tokens.length - 1 || !tokens[subject.end()].equalsIgnoreCase("in")) {
            return -1;
        }
        for (ActorMention place : mentions) {
            if (place.start() != subject.end() + 1 || place.bareRole() || place.country() == null
                    || place.country().equals(subject.country())) {
                continue;
            }
            if (place.end() == tokens.length || AFTER_VISIT.contains(tokens[place.end()].toLowerCase(Locale.ROOT))) {
                return subject.end();
            }
        }
        return -1;
    }

    /** "Biden, Xi to hold call": two actors joined by a comma open the headline. */
    private static int jointSubjects(String[] tokens, List<ActorMention> mentions) {
        ActorMention first = null;
        for (ActorMention m : mentions) if (m.start() == 0 && !m.bareRole()) first = m;
        if (first == null || first.end() >= tokens.length - 2 || !tokens[first.end()].equals(",")) return -1;
        for (ActorMention m : mentions) {
            if (m.start() == first.end() + 1 && !m.bareRole() && m.end() < tokens.length
                    && !tokens[m.end()].equals(",")) {
                return first.end();
            }
        }
        return -1;
    }

    /** An actor (or a bare role: "allies") ends right before {@code i}, and it opens its clause. */
    private static boolean subjectEndsAt(int i, List<ActorMention> mentions, String[] tokens) {
        for (ActorMention m : mentions) {
            if (m.end() != i) continue;
            int k = m.start() - 1;
            while (k >= 0 && !tokens[k].equals(":") && !tokens[k].equals(";") && !tokens[k].equals(",")
                    && !isAnd(tokens[k]) && !Character.isUpperCase(tokens[k].charAt(0))
                    && !Character.isDigit(tokens[k].charAt(0)) && tokens[k].length() < 6) {
                k--;
            }
            if (k < 0 || tokens[k].equals(":") || tokens[k].equals(";") || tokens[k].equals(",") || isAnd(tokens[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * "UN election experts to visit Turkmenistan": an actor opening the headline and two nouns of its own, the second
     * a plural, before {@code i} are the subject. One word there is as likely a verb ("Greek youths vow to stay").
     */
    private static boolean openingActorAndNounsEndAt(int i, List<ActorMention> mentions, String[] tokens) {
        for (ActorMention m : mentions) {
            if (m.start() != 0 || m.bareRole() || i - m.end() != MAX_NOUNS_BEFORE_PARTICIPLE
                    || !tokens[i - 1].endsWith("s")) {
                continue;
            }
            boolean nouns = true;
            for (int k = m.end(); k < i; k++) {
                String w = tokens[k].toLowerCase(Locale.ROOT);
                if (!Character.isLetter(w.charAt(0)) || NOT_NOUNS.contains(w) || DETERMINERS.contains(w)
                        || w.endsWith("ing")) {
                    nouns = false;
                }
            }
            if (nouns) return true;
        }
        return false;
    }

    private static boolean endsMention(int i, List<ActorMention> mentions) {
        for (ActorMention m : mentions) if (m.end() == i) return true;
        return false;
    }

    /** "US, allies to tighten sanctions": an actor opens the headline and a short list of subjects follows it. */
    private static boolean actorList(int i, List<ActorMention> mentions, String[] tokens) {
        if (i > MAX_PREFIX_TOKENS) return false;
        ActorMention first = null;
        for (ActorMention m : mentions) if (m.start() == 0 && !m.bareRole()) first = m;
        if (first == null || first.end() >= i || !tokens[first.end()].equals(",") && !isAnd(tokens[first.end()])) {
            return false;
        }
        for (int k = first.end() + 1; k < i; k++) {
            boolean inActor = false;
            for (ActorMention m : mentions) if (k >= m.start() && k < m.end()) inActor = true;
            if (!inActor && !tokens[k].equals(",") && !isAnd(tokens[k]) && !tokens[k].endsWith("s")) return false;
        }
        return true;
    }

    private static boolean isAnd(String t) {
        return t.equalsIgnoreCase("and");
    }

    /** A word that can be a verb: a letter word, not an actor, not a determiner. */
    private static boolean verbLike(String[] tokens, int i, boolean[] actor) {
        String t = tokens[i];
        return !actor[i] && Character.isLetter(t.charAt(0)) && !DETERMINERS.contains(t.toLowerCase(Locale.ROOT));
    }

    /**
     * "..., says Blinken", "..., US official says", "... - Blinken": the speaker at the end, moved to the front as
     * "Blinken said ...". Null when there is none.
     */
    private static List<String> attribution(List<String> tokens, List<ActorMention> mentions) {
        int n = tokens.size();
        for (int cut = n - 2; cut >= 1 && cut >= n - 9; cut--) {
            String t = tokens.get(cut);
            boolean dash = DASHES.contains(t);
            if (!dash && !t.equals(",")) continue;
            List<String> tail = tokens.subList(cut + 1, n);
            List<String> speaker;
            if (tail.size() > 2 && tail.get(0).equalsIgnoreCase("according") && tail.get(1).equalsIgnoreCase("to")) {
                // "..., according to Ukrainian officials": the same attribution in other words.
                speaker = tail.subList(2, tail.size());
            } else if (SAY.contains(tail.get(0).toLowerCase(Locale.ROOT))) {
                speaker = tail.subList(1, tail.size());
            } else if (SAY.contains(tail.get(tail.size() - 1).toLowerCase(Locale.ROOT))) {
                speaker = tail.subList(0, tail.size() - 1);
            } else if (dash && speakerOpens(tokens, mentions, cut + 1)) {
                speaker = tail;
            } else {
                continue;
            }
            if (speaker.isEmpty() || !holdsActor(mentions, cut + 1, n)) return null;
            List<String> out = new ArrayList<>(speaker);
            out.add("said");
            out.addAll(tokens.subList(0, cut));
            return out;
        }
        return null;
    }

    private static final Set<String> STATES = Set.of("alert", "standby", "footing", "edge");
    /** Prepositions after which a headline's opening plural word is a noun ("Talks between", "Strikes on"). */
    private static final Set<String> NOUN_PREPOSITIONS = Set.of("between", "on", "in", "over", "with", "against",
            "at", "across", "near", "after", "amid", "to");

    /**
     * "Seoul on high alert after ...": an actor opening the headline, then "on" and a state of readiness within three
     * words, with no verb: the actor is in that state, so a verb goes in after it (where the verb patterns read it).
     */
    private static int stateAfterSubject(List<String> tokens, List<ActorMention> mentions) {
        for (ActorMention m : mentions) {
            if (m.start() != 0 || m.bareRole() || m.end() >= tokens.size() - 1) continue;
            if (!tokens.get(m.end()).equalsIgnoreCase("on")) continue;
            for (int k = m.end() + 1; k <= Math.min(tokens.size() - 1, m.end() + 3); k++) {
                if (STATES.contains(tokens.get(k).toLowerCase(Locale.ROOT))) return m.end();
            }
        }
        return -1;
    }

    /**
     * "Talks between Iran and US in Oman", "Strikes on Gaza": a capitalised plural word that is no actor opens the
     * headline before a preposition. The POS model reads such a first word as a verb ("talks"); after "The" it is the
     * noun it is, so the event noun patterns see it.
     */
    private static boolean pluralNounOpens(List<String> tokens, List<ActorMention> mentions) {
        if (tokens.size() < 3) return false;
        String first = tokens.get(0);
        for (ActorMention m : mentions) if (m.start() == 0) return false;
        return first.length() > 3 && Character.isUpperCase(first.charAt(0)) && first.endsWith("s")
                && !acronym(first) && NOUN_PREPOSITIONS.contains(tokens.get(1).toLowerCase(Locale.ROOT));
    }

    private static boolean holdsActor(List<ActorMention> mentions, int from, int to) {
        for (ActorMention m : mentions) if (m.start() >= from && m.end() <= to) return true;
        return false;
    }

    /**
     * "... - Blinken", "... - US official": a speaker after a dash opens with a name or an actor; a hyphenated word
     * split by the tokenizer ("fire - bomb hits bank") opens with a lower-case word.
     */
    private static boolean speakerOpens(List<String> tokens, List<ActorMention> mentions, int at) {
        if (Character.isUpperCase(tokens.get(at).charAt(0))) return true;
        for (ActorMention m : mentions) if (m.start() == at) return true;
        return false;
    }

    /** Words that end a noun phrase before a participle: they open a clause, a phrase or a list. */
    private static final Set<String> NOT_NOUNS = Set.of("the", "a", "an", "and", "or", "to", "of", "in", "on", "at",
            "by", "for", "with", "from", "as", "after", "over", "is", "are", "was", "were", "has", "have", "will", "not",
            "that", "who", "which");
    private static final int MAX_NOUNS_BEFORE_PARTICIPLE = 2;

    /** A lower-case word that may stand in a noun phrase after an actor ("tanker", "office shooter"). */
    private static boolean noun(String w) {
        return Character.isLowerCase(w.charAt(0)) && !participle(w) && !NOT_NOUNS.contains(w) && !w.endsWith("ing");
    }

    private static boolean participle(String w) {
        return (w.endsWith("ed") && w.length() > 4) || IRREGULAR_PARTICIPLES.contains(w);
    }

    /** "Kyiv shelled again": a participle right after an actor, then an agent, a place, a time or the end. */
    private static int bareParticiple(List<String> tokens, List<ActorMention> mentions) {
        for (ActorMention m : mentions) {
            int p = m.end();
            // "Greek tanker freed", "Detroit office shooter charged": an actor, up to two nouns, then the participle.
            for (int n = 0; n < MAX_NOUNS_BEFORE_PARTICIPLE && p + 1 < tokens.size() && noun(tokens.get(p)); n++) p++;
            if (p >= tokens.size()) continue;
            String w = tokens.get(p);
            if (!Character.isLowerCase(w.charAt(0)) || !participle(w)) continue;
            if (p + 1 >= tokens.size() || AFTER_PARTICIPLE.contains(tokens.get(p + 1).toLowerCase(Locale.ROOT))) return p;
        }
        return -1;
    }
}
