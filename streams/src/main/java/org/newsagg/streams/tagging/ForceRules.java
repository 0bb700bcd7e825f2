package org.newsagg.streams.tagging;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recodes a match's act by who used force on whom: a state's violence is conventional force, a crowd's a riot,
 * force by police or troops against a crowd repression; and tells a military strike from a labour strike.
 */
final class ForceRules {

    /** The code an act ends with and the reasons, those given before and the rules' own. */
    record Recoded(CameoCode code, String why) {}

    /**
     * Roots of force that, used by a crowd of civilians, CAMEO codes as a violent protest (145), as it does damage
     * (171).
     */
    private static final Set<String> RIOT_ROOTS = Set.of("18", "19");
    /** Civilians who act as a crowd; settlers or villagers who burn a house are not rioting. */
    private static final Set<String> CROWD_WORDS = Set.of("protesters", "protestors", "demonstrators", "rioters",
            "youths", "mob", "crowd", "crowds");
    private static final Set<String> POLICING_ROLES = Set.of("COP", "MIL");
    private static final Set<String> WEAPONS = Set.of("drone", "missile", "rocket", "air", "aerial", "military",
            "artillery", "naval", "precision", "retaliatory", "pre-emptive", "preemptive", "cruise");
    private static final Set<String> AERIAL = Set.of("drone", "air", "aerial");

    private final CameoCodes codes;

    ForceRules(CameoCodes codes) {
        this.codes = codes;
    }

    Recoded recode(CameoCode patternCode, String why, PatternMatch m, List<ActorMention> sources,
                   List<ActorMention> targets, String[] lower, List<ActorMention> mentions) {
        CameoCode code = patternCode;
        boolean militaryStrike = militaryStrike(m, lower, mentions);
        if (militaryStrike) why += "; a strike by a state or a weapon is force, not a labour strike";
        if (m.pattern().violence() || militaryStrike) {
            boolean state = !sources.isEmpty() && state(sources.get(0));
            code = codes.find(state ? "190" : "180").orElseThrow();
            why += state ? "; a state actor's violence is conventional force (190)" : "; non-state violence (180)";
            if (state && militaryStrike && AERIAL.contains(lower[m.start() - 1])) {
                code = codes.find("195").orElseThrow();
                why += "; from the air (195)";
            }
        }
        if (FoiledAttacks.foilingVerb(m, lower) >= 0 && code.root().equals("18")) {
            // Whoever foils an attack uses force against the attackers; it is no unconventional violence.
            why += "; foiling an attack is force against the attackers (" + code.code() + " -> 190)";
            code = codes.find("190").orElseThrow();
        }
        boolean crowdActs = sources.isEmpty() ? unplacedCrowd(lower, m.start()) : crowd(sources.get(0));
        if (crowdActs && (RIOT_ROOTS.contains(code.root()) || code.code().equals("171"))) {
            // "Rioters set fire to a bank", "protesters attacked a police station": a crowd's violence is a riot.
            why += "; violence by protesters or a crowd is a riot (" + code.code() + " -> 145)";
            code = codes.find("145").orElseThrow();
        }
        if (!targets.isEmpty() && crowd(targets.get(0)) && !sources.isEmpty()
                && sources.get(0).role() != null && POLICING_ROLES.contains(sources.get(0).role())
                && RIOT_ROOTS.contains(code.root())) {
            // "Police clashed with protesters", "troops fired on demonstrators": force against a crowd is repression.
            why += "; force by police or troops against a crowd is repression (" + code.code() + " -> 175)";
            code = codes.find("175").orElseThrow();
        }
        return new Recoded(code, why);
    }

    /**
     * "Turkish drone strike", "an Israeli strike hits a school": the noun "strike" after a weapon or right after a
     * state's name is an attack; a labour strike is a people's ("general strike", "a strike by teachers").
     */
    private static boolean militaryStrike(PatternMatch m, String[] lower, List<ActorMention> mentions) {
        if (!m.pattern().code().equals("143") || m.pattern().headPos() != 'N' || m.start() == 0) return false;
        if (!lower[m.start()].startsWith("strike")) return false;
        if (WEAPONS.contains(lower[m.start() - 1])) return true;
        // "Strikes on Kharkiv", "a strike against Iran": struck at a named country or place (a labour strike is "on
        // Monday", "against the reform").
        boolean atPlace = m.end() < lower.length && (lower[m.end()].equals("on") || lower[m.end()].equals("against"));
        for (ActorMention a : mentions) {
            if (atPlace && !a.bareRole() && a.role() == null && a.country() != null && a.start() > m.end()
                    && a.start() <= m.end() + 3) {
                return true;
            }
            if (a.end() == m.start() && !a.bareRole()
                    && (a.country() == null || a.role() == null || EventSides.STATE_ROLES.contains(a.role()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Protesters torch Greek bank": a crowd word as the subject of its clause, left with no country because no place
     * names where it acts (SidePlaces), is still a crowd.
     */
    private static boolean unplacedCrowd(String[] lower, int head) {
        for (int k = head - 1; k >= 0; k--) {
            if (ActorScope.CLAUSE_BREAKS.contains(lower[k]) || lower[k].equals(",")) return false;
            if (CROWD_WORDS.contains(lower[k])) return true;
        }
        return false;
    }

    /**
     * A state's side: a country by name, or its government, forces, police or spies. A town or region ("a Vancouver
     * business", "Michigan office shooting") or a place named as where ("in Philadelphia") only says where private
     * people acted, as the development set codes a shooting by a fired employee (180, not 190).
     */
    private static boolean state(ActorMention a) {
        if (a.country() == null) return false;
        if (a.role() != null) return EventSides.STATE_ROLES.contains(a.role());
        return !a.locative() && !a.evidence().startsWith(ActorDictionary.PLACE_LABEL);
    }

    private static boolean crowd(ActorMention a) {
        return "CVL".equals(a.role()) && namesCrowd(a);
    }

    /** "protesters", "riot youths": a mention whose words name a crowd, whatever role it was given. */
    static boolean namesCrowd(ActorMention a) {
        for (String w : a.words().toLowerCase(Locale.ROOT).split(" ")) if (CROWD_WORDS.contains(w)) return true;
        return false;
    }
}
