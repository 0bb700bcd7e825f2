package org.newsagg.streams.tagging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the actors of one sentence: longest dictionary phrase at each position, then role words joined to the
 * country next to them ("Russian forces" -> RUSMIL, "police in Kenya" -> KENCOP) and titles folded into the person
 * they introduce ("Russian President Vladimir Putin" is one mention of RUSGOV).
 */
final class ActorRecognizer {

    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "inside", "outside", "across", "to", "from",
            "throughout", "around");
    /** Words naming a part of a place ("in eastern Ukraine", "across central Mali"). */
    private static final Set<String> PART_OF_PLACE = Set.of("eastern", "western", "northern", "southern", "central",
            "northeastern", "northwestern", "southeastern", "southwestern", "north", "south", "east", "west");
    /** Ship prefixes of navies (case-exact), and the country whose military the ship is. */
    private static final Map<String, String> SHIP_PREFIXES = Map.of("INS", "IND", "HMS", "GBR", "USS", "USA",
            "HMCS", "CAN", "HMAS", "AUS", "HMNZS", "NZL", "FGS", "DEU", "HNLMS", "NLD");
    /** At most this many capitalised words after a ship prefix are the ship's name ("INS Vikram Aditya"). */
    private static final int SHIP_NAME_WORDS = 3;
    /** Prepositions after which a capital is where, not who ("in", "at", "through"; not "to" nor "from"). */
    private static final Set<String> WHERE = Set.of("in", "at", "near", "inside", "outside", "across", "throughout",
            "around", "through");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> ROLE_LINK = Set.of("of", "in", "for", "from");
    private static final Set<String> POSSESSIVE = Set.of("'s", "’s", "'");
    /**
     * Nouns after which the role word "general" is an adjective, not an officer: "a general strike", "the general
     * election", "the UN General Assembly".
     */
    private static final Set<String> AFTER_ADJECTIVE_GENERAL = Set.of("strike", "strikes", "election", "elections",
            "assembly", "public", "secretary", "amnesty", "debate", "consensus", "population", "rule",
            "meeting", "mobilisation", "mobilization", "shutdown", "manager", "council");

    private final ActorDictionary dictionary;
    private final Set<String> roleModifiers;

    /** @param roleModifiers words that may stand between a country and its role word ("senior", "riot") */
    ActorRecognizer(ActorDictionary dictionary, Set<String> roleModifiers) {
        this.dictionary = dictionary;
        this.roleModifiers = Set.copyOf(roleModifiers);
    }

    /** A phrase the dictionary knew, before roles are combined. */
    private record Hit(int start, int end, ActorEntry entry, String words) {}

    /**
     * @param peopleSeen labels of people already named in full in this article; surnames of those resolve at any date
     */
    List<ActorMention> recognise(String[] tokens, LocalDate day, Set<String> peopleSeen) {
        List<Hit> hits = new ArrayList<>();
        String[] lower = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) lower[i] = tokens[i].toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < tokens.length) {
            Hit hit = shipAt(tokens, i);
            if (hit == null) hit = longestAt(tokens, lower, i, day, peopleSeen);
            if (hit == null) {
                i++;
            } else {
                hits.add(hit);
                if (hit.entry.kind() == ActorEntry.Kind.PERSON) peopleSeen.add(hit.entry.label());
                i = hit.end;
            }
        }
        return combine(hits, tokens, lower);
    }

    /**
     * "INS Mysore", "HMS Cornwall", "USS Cole": a navy's ship prefix and the ship's name are that navy, the ship's
     * country's military, as CAMEO codes a warship by its flag (DEV-GOLD.md: INS Mysore -> INDMIL).
     */
    private static Hit shipAt(String[] tokens, int i) {
        String country = SHIP_PREFIXES.get(tokens[i]);
        if (country == null || i + 1 >= tokens.length || !Character.isUpperCase(tokens[i + 1].charAt(0))) return null;
        int run = i + 1;
        while (run < tokens.length && Character.isUpperCase(tokens[run].charAt(0))) run++;
        // "USS Carl Vinson sailed": the capitalised run is the name; in a Title Case headline ("INS Sukanya Foils
        // Piracy Bid") the run goes on into other words, so only the first is the name.
        int end = run - (i + 1) <= SHIP_NAME_WORDS ? run : i + 2;
        String words = join(tokens, i, end);
        ActorEntry navy = new ActorEntry(ActorEntry.Kind.NAMED, country + "MIL", country, "MIL",
                "ship prefix '" + tokens[i] + "' = navy of " + country, null, null);
        return new Hit(i, end, navy, words);
    }

    @SuppressWarnings("unchecked")
    private Hit longestAt(String[] tokens, String[] lower, int i, LocalDate day, Set<String> peopleSeen) {
        if (!dictionary.startsPhrase(lower[i])) return null;
        TokenTrie.Match<List<ActorDictionary.Form>>[] found = new TokenTrie.Match[tokens.length - i];
        int n = dictionary.matchesAt(lower, i, found);
        for (int k = n - 1; k >= 0; k--) {
            int end = found[k].end();
            ActorEntry best = choose(found[k].value(), tokens, i, end - i, day, peopleSeen);
            if (best != null) return new Hit(i, end, best, join(tokens, i, end));
        }
        return null;
    }

    private ActorEntry choose(List<ActorDictionary.Form> forms, String[] tokens, int i, int n, LocalDate day,
                              Set<String> peopleSeen) {
        ActorEntry fallbackPerson = null;
        ActorEntry surname = null;
        int activeSurnames = 0;
        String written = join(tokens, i, i + n);
        for (ActorDictionary.Form f : forms) {
            ActorEntry e = f.entry();
            if (f.exactCase() && !written.equals(f.written())) continue;
            if (e.kind() != ActorEntry.Kind.ROLE && !startsLikeName(tokens[i])) continue;
            switch (e.kind()) {
                case PERSON -> {
                    if (e.activeOn(day)) return e;
                    // A generated (PETRARCH) person is trusted only inside a dated term: its lists name thousands of
                    // officials who, outside office, are better left to the title and country around them.
                    if (fallbackPerson == null && !ActorDictionary.imported(e)) fallbackPerson = e;
                }
                case SURNAME -> {
                    if (e.activeOn(day) || peopleSeen.contains(e.label())) {
                        if (surname == null || !surname.code().equals(e.code())) activeSurnames++;
                        surname = e;
                    }
                }
                default -> {
                    return e;
                }
            }
        }
        if (fallbackPerson != null) return outsideOffice(fallbackPerson);
        if (activeSurnames != 1) return null;
        return surname.activeOn(day) ? surname : outsideOffice(surname);
    }

    /** Named outside every dated office: still a national (or an organisation's official), without the role. */
    private static ActorEntry outsideOffice(ActorEntry person) {
        String code = person.country() != null ? person.country() : person.code();
        return new ActorEntry(person.kind(), code, person.country(), null, person.label(), null, null);
    }

    private List<ActorMention> combine(List<Hit> hits, String[] tokens, String[] lower) {
        List<ActorMention> out = new ArrayList<>();
        boolean[] used = new boolean[hits.size()];
        for (int h = 0; h < hits.size(); h++) {
            if (used[h]) continue;
            Hit hit = hits.get(h);
            ActorEntry e = hit.entry;
            if (e.kind() == ActorEntry.Kind.ROLE) {
                if (adjectiveSense(hit, lower)) continue;
                // A role after "of/in <country>": "the president of Russia", "police in Kenya".
                Hit next = h + 1 < hits.size() ? hits.get(h + 1) : null;
                if (next != null && isNation(next.entry) && linkedAfter(hit, next, lower)) {
                    used[h + 1] = true;
                    out.add(mention(hit.start, next.end, next.entry.country(), roleOf(next.entry, e.role()), tokens,
                            e.label() + " + " + next.entry.label(), false));
                } else if (!ActorDictionary.imported(e) && hit.start > 0 && lower[hit.start - 1].equals("its")
                        && lastNation(out) != null) {
                    // "Russia's Foreign Ministry said its forces ...": "its" is the last country named before.
                    ActorMention owner = lastNation(out);
                    out.add(mention(hit.start - 1, hit.end, owner.country(), e.role(), tokens,
                            e.label() + " of '" + owner.words() + "' (its)", false));
                } else if (!ActorDictionary.imported(e)) {
                    // A bare role ("the rebels", "Energy Minister X") is no actor, but tells the event coder that
                    // someone of that role, of the sentence's country, takes part. Generated role words (PETRARCH's
                    // agents) only refine a country next to them: on their own they are too loose to be a subject.
                    out.add(new ActorMention(hit.start, hit.end, null, null, e.role(), hit.words, e.label(), false,
                            false));
                }
                continue;
            }
            if (isNation(e)) {
                Hit next = h + 1 < hits.size() ? hits.get(h + 1) : null;
                if (next != null && next.entry.kind() == ActorEntry.Kind.ROLE && closeBefore(hit, next, lower)) {
                    used[h + 1] = true;
                    ActorMention joined = mention(hit.start, next.end, e.country(), roleOf(e, next.entry.role()),
                            tokens, e.label() + " + " + next.entry.label(), locative(hit.start, lower));
                    Hit person = h + 2 < hits.size() ? hits.get(h + 2) : null;
                    if (person != null && person.entry.person() && person.start == next.end
                            && e.country().equals(person.entry.country())) {
                        used[h + 2] = true;
                        out.add(new ActorMention(hit.start, person.end, person.entry.code(), person.entry.country(),
                                person.entry.role(), person.words, joined.evidence() + " + " + person.entry.label(),
                                false, false));
                    } else {
                        out.add(joined);
                    }
                    continue;
                }
                if (e.kind() == ActorEntry.Kind.CAPITAL && placeOnly(hit, lower)) {
                    out.add(new ActorMention(hit.start, hit.end, e.country(), e.country(), null, hit.words,
                            ActorDictionary.PLACE_LABEL + "'" + hit.words + "'" + ActorDictionary.CAPITAL_AS_PLACE + " in "
                                    + e.country(), locative(hit.start, lower), false));
                    continue;
                }
                String code = e.kind() == ActorEntry.Kind.CAPITAL ? e.code() : e.country();
                String role = e.kind() == ActorEntry.Kind.CAPITAL ? "GOV" : null;
                out.add(new ActorMention(hit.start, hit.end, code, e.country(), role, hit.words, e.label(),
                        locative(hit.start, lower), e.kind() == ActorEntry.Kind.DEMONYM && !hit.words.endsWith("s")));
                continue;
            }
            out.add(new ActorMention(hit.start, hit.end, e.code(), e.country(), e.role(), hit.words, e.label(),
                    locative(hit.start, lower), false));
        }
        return out;
    }

    /**
     * The role a role word takes with a country, city or region: a rebel region's own forces (places.tsv's armed
     * role, carried in the place's entry) are its rebels, not its country's military: "Tigrayan forces" -> ETHREB.
     */
    private static String roleOf(ActorEntry nation, String role) {
        return "MIL".equals(role) && nation.role() != null && nation.label().contains(ActorDictionary.PLACE_LABEL)
                ? nation.role() : role;
    }

    /** "a general strike": the role word "general" before a noun it qualifies names no officer. */
    private static boolean adjectiveSense(Hit role, String[] lower) {
        return role.end - role.start == 1 && lower[role.start].equals("general") && role.end < lower.length
                && AFTER_ADJECTIVE_GENERAL.contains(lower[role.end]);
    }

    private static ActorMention lastNation(List<ActorMention> mentions) {
        for (int k = mentions.size() - 1; k >= 0; k--) if (mentions.get(k).country() != null) return mentions.get(k);
        return null;
    }

    private static boolean isNation(ActorEntry e) {
        return e.kind() == ActorEntry.Kind.COUNTRY || e.kind() == ActorEntry.Kind.DEMONYM
                || e.kind() == ActorEntry.Kind.CAPITAL;
    }

    /** "Russian forces", "Russia's forces", "Ukrainian senior officials": possessive and modifiers between. */
    private boolean closeBefore(Hit nation, Hit role, String[] lower) {
        int gap = role.start - nation.end;
        if (gap == 0) return true;
        if (gap > 3) return false;
        for (int k = nation.end; k < role.start; k++) {
            if (POSSESSIVE.contains(lower[k]) && k == nation.end) continue;
            if (!roleModifiers.contains(lower[k])) return false;
        }
        return true;
    }

    private static boolean linkedAfter(Hit role, Hit nation, String[] lower) {
        int k = role.end;
        if (k >= lower.length || !ROLE_LINK.contains(lower[k])) return false;
        k++;
        if (k < lower.length && lower[k].equals("the")) k++;
        return k == nation.start;
    }

    /**
     * A capital named only as where something happens is a city, not its government: "riots in Athens", "an Athens
     * bank", "through the Athens suburbs". After "to" or "from" it stays the government (a destination or origin is
     * usually a visit to, or a message from, the government: "flew to Moscow for talks").
     */
    private static boolean placeOnly(Hit capital, String[] lower) {
        int k = capital.start - 1;
        if (k >= 0 && PART_OF_PLACE.contains(lower[k])) k--;
        if (k >= 0 && lower[k].equals("the")) k--;
        if (k >= 0 && WHERE.contains(lower[k])) return true;
        // an attributive capital: "an Athens branch", "the Athens metro"
        int before = capital.start - 1;
        return before >= 0 && ARTICLES.contains(lower[before]) && capital.end < lower.length
                && Character.isLetter(lower[capital.end].charAt(0));
    }

    private static boolean locative(int start, String[] lower) {
        int k = start - 1;
        if (k >= 0 && PART_OF_PLACE.contains(lower[k])) k--;
        if (k >= 0 && lower[k].equals("the")) k--;
        return k >= 0 && LOCATIVE.contains(lower[k]);
    }

    private static ActorMention mention(int start, int end, String country, String role, String[] tokens,
                                        String evidence, boolean locative) {
        return new ActorMention(start, end, country + role, country, role, join(tokens, start, end), evidence,
                locative, false);
    }

    static boolean startsLikeName(String token) {
        char c = token.charAt(0);
        return Character.isUpperCase(c) || (Character.isDigit(c) && token.length() > 1);
    }

    static String join(String[] tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) sb.append(' ');
            sb.append(tokens[k]);
        }
        return sb.toString();
    }
}
