package org.newsagg.streams.tagging;

import java.time.LocalDate;

/**
 * One dictionary entry an actor phrase can resolve to.
 *
 * @param kind    where it came from, which decides how it combines with role words
 * @param code    full actor code ("RUS", "USAGOV", "NATO")
 * @param country ISO alpha-3 country, or null for international organisations
 * @param role    role code, or null
 * @param label   the dictionary line in words, for explanations
 * @param from    first day in office for people, else null
 * @param to      last day in office for people (null: still in office or not a person)
 */
record ActorEntry(Kind kind, String code, String country, String role, String label, LocalDate from, LocalDate to) {

    enum Kind { COUNTRY, DEMONYM, CAPITAL, NAMED, IGO, PERSON, SURNAME, ROLE }

    boolean person() {
        return kind == Kind.PERSON || kind == Kind.SURNAME;
    }

    boolean activeOn(LocalDate day) {
        if (from == null) return true;
        if (day == null) return to == null;
        return !day.isBefore(from) && (to == null || day.isBefore(to));
    }
}
