package org.newsagg.streams.tagging;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Chooses the sides of a matched event: the speaker of a reported claim and the accused, the "by" agent of a passive
 * and its subject, else the subject before the trigger and the first other actor after it, with the rules that
 * read a role word, a place or a pronoun as an actor.
 */
final class EventSides {

    /** A match's sources and targets, and the reasons for them. */
    record Sides(List<ActorMention> sources, List<ActorMention> targets, String why) {}

    static final Set<String> STATE_ROLES = Set.of("GOV", "MIL", "COP", "SPY");
    private static final Set<String> DASHES = Set.of("-", "—", "–", "--");
    private static final Set<String> PLACE_WORDS = Set.of("in", "at", "outside", "inside", "near", "from", "into",
            "on", "to");
    private static final Set<String> PRONOUNS = Set.of("they", "he", "she", "it", "we", "i", "you");
    /** Lemmas of a death, which with no agent is no interaction. */
    private static final Set<String> DEATHS = Set.of("kill", "slay", "killed", "slain");
    private static final Set<String> RELATIVES = Set.of("who", "whom", "which", "whose");
    private static final Set<String> ING_PREPOSITIONS = Set.of("including", "following", "regarding", "concerning",
            "excluding", "during", "according");
    /** How close after a capital named as a place ("to Brussels") the actor met there must stand. */
    private static final int VENUE_REACH = 3;

    private final EventContextClassifier contexts;
    private final SpeechVerbs speech;

    EventSides(EventContextClassifier contexts, SpeechVerbs speech) {
        this.contexts = contexts;
        this.speech = speech;
    }

    /**
     * The sides of match {@code m} in its scope, or null when it codes no event (a claim about the speaker's own
     * country, a death with no one named who caused it).
     *
     * @param clauseStart where the trigger's clause starts (after a ";" or ":" within the scope)
     * @param say         the speech verb before a claim's trigger in its clause, or -1
     */
    Sides choose(PatternMatch m, String[] tokens, String[] lower, String[] lemmas, List<ActorMention> mentions,
                 List<ActorMention> bareRoles, ActorScope scope, int clauseStart, int say) {
        ActorMention sayer = say < 0 ? null : nearestBefore(mentions, say, clauseStart);
        if (sayer != null) return reportedClaim(m, tokens, mentions, sayer, say);
        if (m.pattern().speakerIsSource()) return speakerClaim(m, lower, lemmas, mentions, clauseStart);
        if (PassiveVoice.passive(lower, lemmas, m.start()) || PassiveVoice.sharedPassive(lower, lemmas, m.start()) >= 0
                || PassiveVoice.reducedPassive(lower, lemmas, m.start(), mentions)) {
            return passiveSides(m, lower, lemmas, mentions, bareRoles, scope, clauseStart);
        }
        int hit = m.pattern().headPos() == 'N' ? PassiveVoice.sufferedBy(lower, m.start()) : -1;
        if (hit >= 0) {
            ActorMention sufferer = nearestBefore(mentions, hit, clauseStart);
            if (sufferer != null) {
                return new Sides(List.of(), List.of(sufferer), "'" + lower[hit] + " by' an event noun: the one hit is"
                        + " its target, and no one named did it");
            }
        }
        return activeSides(m, lower, lemmas, mentions, bareRoles, scope, clauseStart);
    }

    /**
     * "US Embassy in Kyiv calls the attack a war crime": the one who speaks is the source, whoever stands between the
     * speech verb and the claim is the accused, and a claim about no named actor has no target.
     */
    private static Sides reportedClaim(PatternMatch m, String[] tokens, List<ActorMention> mentions,
                                       ActorMention sayer, int say) {
        ActorMention accused = nearestBefore(mentions, m.start(), say + 1);
        if (accused != null && Objects.equals(sayer.country(), accused.country())) return null;
        return new Sides(List.of(sayer), accused == null ? List.of() : List.of(accused),
                "reported claim: source is the speaker '" + sayer.words() + "' of '" + tokens[say] + "', target "
                        + (accused == null ? "none named" : "the accused '" + accused.words() + "'"));
    }

    /** A claim whose pattern makes the speaker the source ("X - Blinken"): the speaker accuses the one named. */
    private Sides speakerClaim(PatternMatch m, String[] lower, String[] lemmas, List<ActorMention> mentions,
                               int clauseStart) {
        ActorMention accused = nearestBefore(mentions, m.start(), clauseStart);
        if (accused == null) accused = firstAfter(mentions, m.start(), m.start() + 1, null, lemmas);
        ActorMention speaker = speaker(mentions, lower, lemmas, accused);
        if (speaker == null || accused == null || Objects.equals(speaker.country(), accused.country())) return null;
        return new Sides(List.of(speaker), List.of(accused), "reported claim: source is the speaker '"
                + speaker.words() + "', target the accused '" + accused.words() + "'");
    }

    /** A passive: the "by" agent is the source, the subject the target; a death with no agent is no event. */
    private static Sides passiveSides(PatternMatch m, String[] lower, String[] lemmas, List<ActorMention> mentions,
                                      List<ActorMention> bareRoles, ActorScope scope, int clauseStart) {
        int be = PassiveVoice.sharedPassive(lower, lemmas, m.start());
        // "was accused by Israel of ...": the agent may stand inside the match, right after the participle.
        ActorMention agent = PassiveVoice.agentAfter(mentions, lower, m.start() + 1);
        // "an American citizen has been killed": a death with no one named who caused it is no interaction.
        boolean byFollows = m.end() < lower.length && lower[m.end()].equals("by");
        if (agent == null && DEATHS.contains(lemmas[m.start()]) && !byFollows) return null;
        // "Germany was criticised by Poland and praised by France": the second participle's subject is the first
        // one's, before its "was".
        ActorMention patient = scope.carried() != null ? scope.carried().get(0)
                : nearestBefore(mentions, be >= 0 ? be : m.start(), clauseStart);
        // "speculation that they were captured": with no agent named, a pronoun subject leaves the event with no
        // actor at all; the actor before it is likelier a speaker than the one it stands for.
        if (patient != null && agent == null && scope.carried() == null
                && pronounBetween(lower, patient.end(), m.start())) {
            patient = null;
        }
        // "UK: man charged with murder", "A Schenectady man has been charged": an unnamed subject is of the country
        // that places the sentence. In running text a place after the verb counts only for an arrest or an act of
        // force, where it says where that happened ("a teenager was arrested on Friday in Nairobi"); after other
        // verbs it is the other side's ("the captured gang members were handed over to police in Queens").
        ActorMention role = bareBetween(bareRoles, clauseStart, m.start());
        boolean whereAnywhere = PassiveVoice.headline(lower)
                || FORCE_ROOTS.contains(m.pattern().code().substring(0, 2));
        String country = role == null ? null
                : SidePlaces.placingCountry(mentions, lower, role, m.start(), whereAnywhere);
        if (patient == null && role != null && country != null && !pronounBetween(lower, clauseStart, m.start())) {
            patient = domestic(role, country);
        }
        // "criticised by Poland and France": agents joined by "and" each act.
        List<ActorMention> sources = agent == null ? List.of()
                : JoinedActors.joinedTargets(agent, mentions, lower, scope.targetLimit());
        return new Sides(sources, patient == null ? List.of() : List.of(patient),
                "passive voice: source is the 'by' agent, target the subject");
    }

    /** The sides of an active clause as they are found, step by step. */
    private static final class Draft {
        List<ActorMention> sources;
        List<ActorMention> targets = List.of();
        String why = "subject before the trigger is the source, first other actor after it the target";
        ActorMention object;

        Sides sides() {
            return new Sides(sources, targets, why);
        }
    }

    /** An active clause: its subject is the source and the first other actor after the trigger the target. */
    private Sides activeSides(PatternMatch m, String[] lower, String[] lemmas, List<ActorMention> mentions,
                              List<ActorMention> bareRoles, ActorScope scope, int clauseStart) {
        Draft d = new Draft();
        PronounSubjects.RelativeSides relative = subjectOf(d, m, lower, lemmas, mentions, bareRoles, scope,
                clauseStart);
        objectOf(d, m, lower, lemmas, mentions, scope.targetLimit(), relative);
        if (m.pattern().headPos() == 'N') nounParties(d, m, lower, mentions);
        roleWordSides(d, m, lower, lemmas, mentions, bareRoles, clauseStart);
        int receiving = m.pattern().headPos() == 'N' && !d.sources.isEmpty()
                ? ReceivedCriticism.receivedAt(lower, m.start()) : -1;
        if (receiving >= 0) {
            // "India's navy drew criticism", "cities have faced Russian bombardment": the subject is acted on, by
            // whoever is named before the noun.
            ActorMention subject = d.sources.get(0);
            List<ActorMention> actors = subject.start() > receiving ? d.sources : d.targets.stream()
                    .filter(a -> a.start() > receiving && a.end() <= m.start()).toList();
            // "Towns in Armenia have faced Azerbaijani shelling": with the actor taken for the subject, the one acted
            // on is named before the verb, if only as a place.
            ActorMention patient = subject.start() > receiving ? nearestBefore(mentions, receiving, clauseStart)
                    : subject;
            d.targets = patient == null ? List.of() : List.of(patient);
            d.sources = actors;
            d.why += "; an act the subject drew or faced is done to it, by whoever is named before the noun";
        }
        int foil = FoiledAttacks.foilingVerb(m, lower);
        if (foil >= 0) {
            d.targets = FoiledAttacks.attackers(m, foil, lower, mentions);
            // "Frigate thwarts Somali pirate attack": the attackers never foil their own attack.
            d.sources = d.sources.stream().filter(a -> a.start() < foil).toList();
            d.why += "; a foiled attack's target is its attacker, not the ship or country attacked";
        }
        return d.sides();
    }

    /**
     * The source: the clause's subject (the first actor of the clause for a noun trigger or a second verb of the
     * same subject), a role word before a place, the subject a pronoun stands for, or a relative clause's subject.
     */
    private PronounSubjects.RelativeSides subjectOf(Draft d, PatternMatch m, String[] lower, String[] lemmas,
                                                    List<ActorMention> mentions, List<ActorMention> bareRoles,
                                                    ActorScope scope, int clauseStart) {
        // A noun trigger ("killed civilians in an attack") belongs to the clause's subject, not the nearest actor.
        // So does a second verb of the same subject ("Navy foils attack, nabs 26 pirates").
        int reported = reportedClauseStart(mentions, lower, lemmas, clauseStart, m.start());
        ActorMention subject = m.pattern().headPos() == 'N' || ClauseSplitter.sharesSubject(lower, m.start())
                ? firstInClause(mentions, m.start(), reported) : nearestBefore(mentions, m.start(), clauseStart);
        ActorMention roleSubject = subject != null && subject.locative() && subject.country() != null
                && subject.role() == null ? bareBetween(bareRoles, clauseStart, subject.start()) : null;
        // "Insurgents overran a camp in eastern Congo, killing soldiers": the place is where, the role word before it
        // is who, of that place's country.
        d.sources = roleSubject != null ? List.of(domestic(roleSubject, subject.country()))
                : subject == null ? List.of()
                : JoinedActors.conjuncts(subject, mentions, lower, scope.clauseStart(), m.start());
        if (scope.carried() != null) {
            // "..., but he criticised Italy": the pronoun stands for the subject of the clause before.
            d.sources = scope.carried();
            roleSubject = null;
            d.why += "; the pronoun opening the clause stands for '" + scope.carried().get(0).words()
                    + "', the subject of the clause before";
        }
        PronounSubjects.RelativeSides relative = m.pattern().headPos() == 'N' ? null
                : PronounSubjects.objectRelative(lower, m.start(), mentions);
        if (relative != null) {
            d.sources = List.of(relative.source());
            roleSubject = null;
            d.why += "; in the relative clause on '" + relative.target().words() + "' its subject '"
                    + relative.source().words() + "' acts on it";
        }
        if (roleSubject != null) {
            d.why += "; the subject '" + roleSubject.words() + "' is taken to be of the place '" + subject.words()
                    + "'";
        }
        return relative;
    }

    /** The target: the first other actor after the trigger in its clause, with the actors joined to it. */
    private void objectOf(Draft d, PatternMatch m, String[] lower, String[] lemmas, List<ActorMention> mentions,
                          int targetLimit, PronounSubjects.RelativeSides relative) {
        ActorMention object = firstAfter(mentions, m.start(), m.end(), d.sources, lemmas);
        if (object != null && object.start() >= targetLimit) object = null;
        // "arrested protesters who had attacked a Chinese embassy": an actor inside a relative clause on the object
        // is that clause's, not the verb's.
        if (object != null && insideRelative(lower, m.end(), object.start())) object = null;
        // "detained its crew, prompting London to summon ...": the participle's object is not the verb's.
        if (object != null && participleBetween(lower, m.end(), object.start())) object = null;
        // "Hungarian and Romanian officials agreed that their countries should help Romanian refugees": joined
        // parties agreeing on a claim are each other's other side, not the claim's actors.
        if (object != null && d.sources.size() > 1 && wordBetween(lower, m.end(), object.start(), "that")) {
            object = null;
        }
        d.object = object;
        d.targets = object == null ? List.of() : JoinedActors.joinedTargets(object, mentions, lower, targetLimit);
        if (relative != null) d.targets = List.of(relative.target());
        // "Kuleba and Lavrov met in Turkey": joined subjects act on each other; the place is where.
        if (d.sources.size() > 1 && d.targets.stream().allMatch(ActorMention::locative)) d.targets = List.of();
    }

    /**
     * An event noun's other party: the actors named right before it, the verb's object it describes ("in an
     * attack"), or the two parties named after "between".
     */
    private static void nounParties(Draft d, PatternMatch m, String[] lower, List<ActorMention> mentions) {
        List<ActorMention> before = JoinedActors.prenominal(mentions, lower, m.start(), d.sources);
        if (!before.isEmpty()) {
            d.targets = before;
            d.why += "; the actors named right before the event noun are its other party";
        }
        ActorMention verbObject = d.targets.isEmpty() && !d.sources.isEmpty()
                ? SameActDescriptions.objectBeforeMannerNoun(lower, m.start(), d.sources, mentions) : null;
        if (verbObject != null) {
            d.targets = List.of(verbObject);
            d.why += "; 'in an attack' describes the act on the verb's object '" + verbObject.words() + "'";
        }
        if (d.sources.isEmpty()) {
            List<ActorMention> parties = between(mentions, lower, m.end());
            if (!parties.isEmpty()) {
                // "Fresh clashes between Armenia and Azerbaijan", "a truce between Hamas and Israel": the two
                // parties act on each other, as CAMEO codes two-party acts.
                d.sources = parties;
                d.targets = List.of();
                d.why += "; the parties named after 'between' act on each other";
            }
        }
    }

    /**
     * Role words as actors: a role word before the trigger with no subject found is of the sentence's only country,
     * and one right after the trigger with no target found is of the source's country.
     */
    private void roleWordSides(Draft d, PatternMatch m, String[] lower, String[] lemmas, List<ActorMention> mentions,
                               List<ActorMention> bareRoles, int clauseStart) {
        ActorMention roleBefore = bareBetween(bareRoles, clauseStart, m.start());
        String country = roleBefore == null ? null : SidePlaces.placingCountry(mentions, lower, roleBefore);
        if (d.sources.isEmpty() && roleBefore != null && country != null) {
            d.sources = List.of(domestic(roleBefore, country));
            // "Protesters try to storm Chilean parliament": a domestic target stays, unless it is the source or the
            // place that gave the source its country ("leaders arrested in Canada").
            ActorMention object = d.object;
            if (object != null && country.equals(object.country())
                    && (object.locative() || sameActor(d.sources.get(0), object, lower))) {
                d.targets = List.of();
            }
            d.why += "; the subject '" + roleBefore.words() + "' is taken to be of " + country
                    + ", where the sentence places it";
        }
        ActorMention roleAfter = bareBetween(bareRoles, m.start() + 1, phraseEnd(lower, m.end()));
        if (d.targets.isEmpty() && roleAfter != null && d.sources.size() == 1 && d.sources.get(0).country() != null
                && (!PLACE_WORDS.contains(lower[roleAfter.start() - 1]) || forceAt(m, lower, roleAfter))
                && !speaks(roleAfter, lower, lemmas)) {
            ActorMention object2 = domestic(roleAfter, d.sources.get(0).country());
            if (!object2.code().equals(d.sources.get(0).code())) {
                d.targets = List.of(object2);
                d.why += "; the object '" + roleAfter.words() + "' is taken to be of the source's country";
            }
        }
    }

    /**
     * Roots of force (protest, coercion, assault, fighting): their "at" or "on" names whom it was aimed at ("fired
     * tear gas at demonstrators"), and a place after their verb is where they happened.
     */
    private static final Set<String> FORCE_ROOTS = Set.of("14", "17", "18", "19");

    /**
     * "hurled Molotov cocktails at police", "lashing out at officers": force aimed "at" or "on" people is done to
     * them; for other acts "at" and "on" name a place or a time.
     */
    private static boolean forceAt(PatternMatch m, String[] lower, ActorMention role) {
        String before = lower[role.start() - 1];
        return (before.equals("at") || before.equals("on")) && FORCE_ROOTS.contains(m.pattern().code().substring(0, 2));
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
            else if (lower[k].equals(",") || ActorScope.CLAUSE_BREAKS.contains(lower[k])) inside = false;
        }
        return inside;
    }

    /**
     * Whether two mentions are one side of an event: the same code, or a country named as such and its own state
     * ("China" and "Beijing" or "Wang Yi"; "Taiwan put its forces on alert"), since a country that acts or is acted
     * on by name is its state. A country's people, groups or places ("Nigerians", "activists in Algeria", "a curfew
     * in Sudan") and its opposition, rebels or businesses are another side of a domestic event, as are two
     * different branches of its state.
     */
    static boolean sameActor(ActorMention a, ActorMention b, String[] lower) {
        // "Putin attends a meeting in Moscow": a capital named as where is still its own state's seat.
        if (capitalAsPlace(a) || capitalAsPlace(b)) return sameActor(asSeat(a), asSeat(b), lower);
        if (a.code().equals(b.code())) return true;
        if (a.country() == null || !a.country().equals(b.country())) return false;
        return stateByName(a, lower) && b.role() != null && STATE_ROLES.contains(b.role())
                || stateByName(b, lower) && a.role() != null && STATE_ROLES.contains(a.role());
    }

    private static boolean capitalAsPlace(ActorMention a) {
        return a.evidence().contains(ActorDictionary.CAPITAL_AS_PLACE);
    }

    private static ActorMention asSeat(ActorMention a) {
        return capitalAsPlace(a) ? new ActorMention(a.start(), a.end(), a.country() + "GOV", a.country(), "GOV",
                a.words(), "seat of " + a.country(), a.locative(), a.adjective()) : a;
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

    private static ActorMention bareBetween(List<ActorMention> bareRoles, int from, int to) {
        for (ActorMention r : bareRoles) if (r.start() >= from && r.end() <= to) return r;
        return null;
    }

    /** End of the object phrase after a trigger: the next comma, clause break or background clause. */
    private int phraseEnd(String[] lower, int from) {
        boolean[] background = contexts.subordinate(lower);
        for (int k = from; k < lower.length; k++) {
            if (lower[k].equals(",") || ActorScope.CLAUSE_BREAKS.contains(lower[k]) || background[k]) return k;
        }
        return lower.length;
    }

    /** "..., the Parliament speaker said": a role followed by a speech verb is who reports, not whom. */
    private boolean speaks(ActorMention role, String[] lower, String[] lemmas) {
        for (int k = role.end(); k < Math.min(lower.length, role.end() + 2); k++) {
            if (speech.is(lower[k], lemmas[k])) return true;
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
            if (!speech.is(lower[k], lemmas[k])) continue;
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
    private ActorMention firstAfter(List<ActorMention> mentions, int head, int matchEnd, List<ActorMention> exclude,
                                    String[] lemmas) {
        ActorMention place = null;
        for (ActorMention a : mentions) {
            if (a.start() <= head) continue;
            // "X said" after the trigger opens a reported claim; "denies US claims", where the pattern itself ends
            // on the speech word, names the one whose claims they are.
            if (a.end() < lemmas.length && a.end() >= matchEnd && speech.is(lemmas[a.end()], lemmas[a.end()])) {
                continue;
            }
            if (exclude != null && exclude.stream().anyMatch(e -> sameActor(e, a, lemmas))) continue;
            // "off Yemen" is where it happened, never whom; "to Brussels for NATO summit": the venue gives way to
            // the actor met there.
            if (a.start() > 0 && lemmas[a.start() - 1].equals("off")) continue;
            if (place != null) return a.start() - place.end() <= VENUE_REACH ? a : place;
            if (a.locative() && ("GOV".equals(a.role()) && a.code().length() == 6
                    || a.evidence().contains(ActorDictionary.CAPITAL_AS_PLACE))) {
                place = a;
                continue;
            }
            return a;
        }
        return place;
    }

    /** Who made the claim: the actor next to a speech verb ("X said", "said X"), or after a headline dash. */
    private ActorMention speaker(List<ActorMention> mentions, String[] lower, String[] lemmas, ActorMention accused) {
        for (int k = 0; k < lower.length; k++) {
            if (!speech.is(lower[k], lemmas[k])) continue;
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
