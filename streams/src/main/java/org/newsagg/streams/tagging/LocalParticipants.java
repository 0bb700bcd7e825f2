package org.newsagg.streams.tagging;

import java.util.List;
import java.util.Set;

/**
 * The unnamed or unknown victim of a local crime or shooting: "An Atlanta judge sentenced Brian Nichols", "Gunman
 * shoots three at Detroit-area office". As the development set's conventions code local news (DEV-GOLD.md, "Places in
 * local news", "Roles for local actors"), a place named as where the event happened places every unplaced person
 * taking part, and private people are the bare country. So an arrest, a sentence, a robbery or a shooting (roots 17
 * and 18) whose object is a person the dictionaries do not know is done to the country of the place.
 */
final class LocalParticipants {

    private static final Set<String> ROOTS = Set.of("17", "18");
    /** Words after a trigger that start no object: a preposition, a particle, a clause break. */
    private static final Set<String> NO_OBJECT = Set.of("in", "at", "on", "for", "from", "with", "by", "to", "into",
            "after", "before", "during", "over", "outside", "near", "as", "and", "or", "but", ",", ";", ":", ".", "-",
            "–", "—", "\"", "“", "”", "'", "(", ")", "up", "out", "off", "down", "back", "away", "him", "her", "them",
            "it", "himself", "herself", "themselves", "itself", "when", "while", "because", "since", "that", "who",
            "which", "last", "this", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");

    private LocalParticipants() {}

    /**
     * The victim of a local crime at {@code head..end}: the place's country as a private person, when the act's root
     * is 17 or 18, a place names where it happened, and an object the dictionaries did not read as an actor follows
     * the trigger; else null.
     */
    static ActorMention victim(String root, PatternMatch m, String[] lower, List<ActorMention> mentions) {
        if (!ROOTS.contains(root) || m.end() >= lower.length) return null;
        int object = m.end();
        // "shot and killed two colleagues": the first of two joined past-tense verbs has the second one's object.
        if ((lower[object].equals("and") || lower[object].equals("or")) && object + 2 < lower.length
                && lower[object + 1].endsWith("ed")) {
            object += 2;
        }
        if (NO_OBJECT.contains(lower[object]) || PatternMatcher.insideMention(object, mentions)) return null;
        String country = SidePlaces.placingCountry(mentions, lower, null);
        if (country == null) return null;
        return new ActorMention(object, object + 1, country, country, null, lower[object],
                "private person placed in " + country, false, false);
    }
}
