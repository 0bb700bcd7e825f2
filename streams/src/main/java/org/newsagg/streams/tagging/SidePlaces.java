package org.newsagg.streams.tagging;

import java.util.List;
import java.util.Set;

/**
 * Which country places the unnamed people of a sentence ("protesters", "a gunman", "police"). As the development
 * set's conventions have it (DEV-GOLD.md, "Places in local news"), a place named as where the event happened ("in
 * Greece", a city or region however it is written, a "Greece:" headline prefix) places every unplaced person or group taking part,
 * on either side; a place or demonym that only modifies one noun ("protesters torch Greek bank", "Navy foils Somali
 * pirate attack") places that noun only. A role of office (a president, a judge, a navy) is, as before, of the
 * one country the sentence names.
 */
final class SidePlaces {

    private static final String CAPITAL_LABEL = "capital of ";

    private SidePlaces() {}

    /** Roles of office: a president, a judge, a navy or rebels are of the one country a sentence names. */
    private static final Set<String> OFFICES = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "OPP", "INS",
            "PTY");

    /**
     * The country that places the unnamed {@code role} (null: a private person), named anywhere in the sentence; null
     * when none.
     */
    static String placingCountry(List<ActorMention> mentions, String[] lower, ActorMention role) {
        return placingCountry(mentions, lower, role, lower.length);
    }

    /**
     * The country that places the unnamed {@code role}: for a role of office, the one country of all the sentence's
     * actors; for private people (a man, protesters, a gunman), that country only when one of the actors before
     * {@code limit} names it as a place, or any actor names it as where ("in Athens") or by a prefix: "Teen arrested
     * in shooting of Brooklyn mom" places the mother, not the teen. Null when none.
     */
    static String placingCountry(List<ActorMention> mentions, String[] lower, ActorMention role, int limit) {
        return placingCountry(mentions, lower, role, limit, true);
    }

    /**
     * As {@link #placingCountry(List, String[], ActorMention, int)}; with {@code whereAnywhere} false, a place after
     * {@code limit} does not count even as where: "the captured gang members were handed over to police in Queens"
     * places the police, not the gang members.
     */
    static String placingCountry(List<ActorMention> mentions, String[] lower, ActorMention role, int limit,
                                 boolean whereAnywhere) {
        boolean office = role != null && role.role() != null && OFFICES.contains(role.role());
        String country = null;
        boolean placed = office;
        for (ActorMention a : mentions) {
            if (a.country() == null) continue;
            if (country != null && !country.equals(a.country())) return null;
            country = a.country();
            // "businesses in the Greek capital": a role placed by a place phrase inside the mention.
            boolean where = a.locative() || prefix(a, lower) || a.words().contains(" in ");
            placed |= (whereAnywhere || a.start() < limit) && where || a.start() < limit && town(a);
        }
        return placed ? country : null;
    }

    /** A city, region or capital ("streets of Athens", "a Norwalk jury"): a place, whatever its grammar. */
    private static boolean town(ActorMention a) {
        return a.evidence().startsWith(ActorDictionary.PLACE_LABEL) || a.evidence().startsWith(CAPITAL_LABEL);
    }

    /** "Greece: Three killed as ...", "Los Angeles: two charged": a headline's place prefix. */
    private static boolean prefix(ActorMention a, String[] lower) {
        return a.start() == 0 && a.end() < lower.length && lower[a.end()].equals(":");
    }
}
