package org.newsagg.streams.tagging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Every phrase that names an actor, from the country, organisation, named-actor, role and people files, in a trie
 * over lower-cased tokens so the recogniser finds every phrase starting at a sentence position in one walk.
 *
 * <p>The generated PETRARCH2 files under {@code tagging/petrarch2/} load first and yield to the hand-written ones: a
 * generated phrase that a hand-written file (bundled or the operator's) already names is left out, and so is a
 * generated person any of whose names a hand-written person has.
 */
final class ActorDictionary {

    /** An entry reachable from one written form; all-capital forms ("US", "UN") must match case and all. */
    record Form(ActorEntry entry, String written, boolean exactCase) {}

    static final String IMPORTED = "petrarch2/";
    static final String PLACES = "places.tsv";
    /** How a place standing for its country is labelled; unlike a country's name it is never the state acting. */
    static final String PLACE_LABEL = "place ";
    /** Marks a capital read as a place ("riots in Athens"): a venue still gives way to the actor met there. */
    static final String CAPITAL_AS_PLACE = " (a capital named as where)";
    /** How a country's own name is labelled in the evidence; the event coder reads it as the state acting by name. */
    static final String COUNTRY_LABEL = "country ";

    private final TokenTrie<List<Form>> phrases;
    private final Set<String> countryCodes;
    private final Set<String> organisationCodes;

    private ActorDictionary(TokenTrie<List<Form>> phrases, Set<String> countryCodes, Set<String> organisationCodes) {
        this.phrases = phrases;
        this.countryCodes = Set.copyOf(countryCodes);
        this.organisationCodes = Set.copyOf(organisationCodes);
    }

    /** Whether some phrase starts with this lower-cased word; most words start none, so lookups skip them. */
    boolean startsPhrase(String lowerWord) {
        return phrases.startsPhrase(lowerWord);
    }

    /** Every phrase starting at {@code start} of the lower-cased tokens, shortest first; see {@link TokenTrie}. */
    int matchesAt(String[] lower, int start, TokenTrie.Match<List<Form>>[] out) {
        return phrases.matchesAt(lower, start, out);
    }

    /** Loads all actor files; {@code tokenizer} splits phrases the way sentences will be split. */
    static ActorDictionary load(DictionaryFiles files, Function<String, String[]> tokenizer) {
        Map<String, ActorEntry> keyed = new LinkedHashMap<>();
        Map<String, List<String>> formsOf = new LinkedHashMap<>();
        Set<String> countries = new HashSet<>();
        Set<String> organisations = new HashSet<>();

        for (String[] row : files.rows("countries.tsv")) {
            String code = DictionaryFiles.column(row, 0);
            countries.add(code);
            List<String> names = DictionaryFiles.alternatives(DictionaryFiles.column(row, 1));
            String label = COUNTRY_LABEL + code + (names.isEmpty() ? "" : " (" + names.get(0) + ")");
            put(keyed, formsOf, "country:" + code,
                    new ActorEntry(ActorEntry.Kind.COUNTRY, code, code, null, label, null, null), names);
            put(keyed, formsOf, "demonym:" + code,
                    new ActorEntry(ActorEntry.Kind.DEMONYM, code, code, null, "demonym of " + label, null, null),
                    DictionaryFiles.alternatives(DictionaryFiles.column(row, 2)));
            put(keyed, formsOf, "capital:" + code,
                    new ActorEntry(ActorEntry.Kind.CAPITAL, code + "GOV", code, "GOV", "capital of " + label, null, null),
                    DictionaryFiles.alternatives(DictionaryFiles.column(row, 3)));
        }
        loadPlaces(files.rows(PLACES), keyed, formsOf);
        for (String[] row : files.rows("igos.tsv")) {
            String code = DictionaryFiles.column(row, 0);
            organisations.add(code);
            List<String> names = DictionaryFiles.alternatives(DictionaryFiles.column(row, 1));
            put(keyed, formsOf, "igo:" + code, new ActorEntry(ActorEntry.Kind.IGO, code, null, null,
                    "organisation " + code + (names.isEmpty() ? "" : " (" + names.get(0) + ")"), null, null), names);
        }
        loadNamed(files.rows("named-actors.tsv"), keyed, formsOf, countries, "");
        loadRoles(files.rows("roles.tsv"), keyed, formsOf, "");
        loadPeople(files.rows("people.tsv"), keyed, formsOf, countries, "");

        // Hand-written phrases win: an imported row naming one of them is left out.
        Set<String> handWritten = new HashSet<>();
        for (List<String> forms : formsOf.values()) {
            for (String written : forms) handWritten.add(phraseKey(written, tokenizer));
        }
        Predicate<String> free = written -> !handWritten.contains(phraseKey(written, tokenizer));
        loadNamed(files.rows(IMPORTED + "named-actors.tsv").stream().filter(r -> free.test(DictionaryFiles.column(r, 0))).toList(),
                keyed, formsOf, countries, IMPORTED);
        // A generated role phrase with a hand-written role word in it ("opposition leader", "government official")
        // is left out too: the hand-written words already read it, and as a bare role, which generated ones are not.
        Set<String> roleWords = new HashSet<>();
        for (String[] r : files.rows("roles.tsv")) roleWords.add(phraseKey(DictionaryFiles.column(r, 0), tokenizer));
        // The same for a singular or plural of a hand-written role word: "troops" is listed and "troop" on purpose
        // is not ("an Israeli troop pullback" names no troops as an actor).
        Predicate<String> noRoleWord = written -> {
            for (String w : phraseKey(written, tokenizer).split(" ")) {
                if (roleWords.contains(w) || roleWords.contains(w + "s")
                        || (w.endsWith("s") && roleWords.contains(w.substring(0, w.length() - 1)))) {
                    return false;
                }
            }
            return true;
        };
        loadRoles(files.rows(IMPORTED + "roles.tsv").stream()
                        .filter(r -> free.and(noRoleWord).test(DictionaryFiles.column(r, 0))).toList(),
                keyed, formsOf, IMPORTED);
        loadPeople(files.rows(IMPORTED + "people.tsv").stream()
                        .filter(r -> DictionaryFiles.alternatives(DictionaryFiles.column(r, 0)).stream().allMatch(free))
                        .toList(),
                keyed, formsOf, countries, IMPORTED);

        TokenTrie<List<Form>> trie = new TokenTrie<>();
        for (var e : keyed.entrySet()) {
            for (String written : formsOf.get(e.getKey())) {
                String[] tokens = tokenizer.apply(written);
                if (tokens.length == 0) continue;
                String phrase = String.join(" ", tokens);
                boolean exact = written.length() >= 2 && written.equals(written.toUpperCase(Locale.ROOT))
                        && !written.equals(written.toLowerCase(Locale.ROOT));
                String[] lower = new String[tokens.length];
                for (int k = 0; k < tokens.length; k++) lower[k] = tokens[k].toLowerCase(Locale.ROOT);
                trie.computeIfAbsent(lower, ArrayList::new).add(new Form(e.getValue(), phrase, exact));
            }
        }
        return new ActorDictionary(trie, countries, organisations);
    }

    /** Whether the entry came from the generated PETRARCH2 files. */
    static boolean imported(ActorEntry e) {
        return e.label().startsWith(IMPORTED);
    }

    private static String phraseKey(String written, Function<String, String[]> tokenizer) {
        return String.join(" ", tokenizer.apply(written)).toLowerCase(Locale.ROOT);
    }

    private static void loadNamed(List<String[]> rows, Map<String, ActorEntry> keyed, Map<String, List<String>> formsOf,
                                  Set<String> countries, String origin) {
        for (String[] row : rows) {
            String phrase = DictionaryFiles.column(row, 0);
            String code = DictionaryFiles.column(row, 1);
            // A generated name coded as a bare country is one of PETRARCH's names for the country ("Kingdom of
            // Morocco"), so it joins role words as a country name does ("the ambassador of ...").
            ActorEntry.Kind kind = !origin.isEmpty() && countries.contains(code) ? ActorEntry.Kind.COUNTRY
                    : ActorEntry.Kind.NAMED;
            put(keyed, formsOf, "named:" + phrase.toLowerCase(Locale.ROOT), entryFor(kind, code,
                    origin + "named actor '" + phrase + "' = " + code, null, null, countries), List.of(phrase));
        }
    }

    /**
     * Cities and regions (places.tsv): a country's name or demonym in how they combine with role words ("police in
     * Kharkiv", "Tigrayan forces"), labelled as places, so no rule reads them as the state acting by name. The
     * optional fourth column, the role of the place's own armed forces, rides in the entry's role: it replaces MIL
     * when a military role word joins the place (see {@link ActorRecognizer}).
     */
    private static void loadPlaces(List<String[]> rows, Map<String, ActorEntry> keyed,
                                   Map<String, List<String>> formsOf) {
        for (String[] row : rows) {
            List<String> names = DictionaryFiles.alternatives(DictionaryFiles.column(row, 0));
            if (names.isEmpty()) continue;
            String code = DictionaryFiles.column(row, 2);
            String armed = DictionaryFiles.column(row, 3);
            String label = PLACE_LABEL + "'" + names.get(0) + "' in " + code;
            String key = names.get(0).toLowerCase(Locale.ROOT);
            put(keyed, formsOf, "place:" + key, new ActorEntry(ActorEntry.Kind.COUNTRY, code, code,
                    armed.isEmpty() ? null : armed, label, null, null), names);
            put(keyed, formsOf, "place-demonym:" + key, new ActorEntry(ActorEntry.Kind.DEMONYM, code, code,
                    armed.isEmpty() ? null : armed, "demonym of " + label, null, null),
                    DictionaryFiles.alternatives(DictionaryFiles.column(row, 1)));
        }
    }

    private static void loadRoles(List<String[]> rows, Map<String, ActorEntry> keyed, Map<String, List<String>> formsOf,
                                  String origin) {
        for (String[] row : rows) {
            String phrase = DictionaryFiles.column(row, 0);
            String role = DictionaryFiles.column(row, 1);
            put(keyed, formsOf, "role:" + phrase.toLowerCase(Locale.ROOT), new ActorEntry(ActorEntry.Kind.ROLE, role,
                    null, role, origin + "role word '" + phrase + "' = " + role, null, null), List.of(phrase));
        }
    }

    private static void loadPeople(List<String[]> rows, Map<String, ActorEntry> keyed, Map<String, List<String>> formsOf,
                                   Set<String> countries, String origin) {
        for (String[] row : rows) {
            List<String> names = DictionaryFiles.alternatives(DictionaryFiles.column(row, 0));
            if (names.isEmpty()) continue;
            List<String> shortNames = DictionaryFiles.alternatives(DictionaryFiles.column(row, 1));
            String code = DictionaryFiles.column(row, 2);
            LocalDate from = date(DictionaryFiles.column(row, 3));
            LocalDate to = date(DictionaryFiles.column(row, 4));
            String label = origin + names.get(0) + " = " + code + " " + from + ".." + (to == null ? "" : to);
            String key = "person:" + names.get(0) + ":" + code + ":" + from;
            put(keyed, formsOf, key, entryFor(ActorEntry.Kind.PERSON, code, label, from, to, countries), names);
            put(keyed, formsOf, "surname:" + key.substring(7),
                    entryFor(ActorEntry.Kind.SURNAME, code, label, from, to, countries), shortNames);
        }
    }

    private static void put(Map<String, ActorEntry> keyed, Map<String, List<String>> formsOf, String key,
                            ActorEntry entry, List<String> forms) {
        if (forms.isEmpty()) return;
        keyed.put(key, entry);
        formsOf.put(key, List.copyOf(forms));
    }

    private static ActorEntry entryFor(ActorEntry.Kind kind, String code, String label, LocalDate from, LocalDate to,
                                       Set<String> countries) {
        String country = code.length() >= 3 && countries.contains(code.substring(0, 3)) ? code.substring(0, 3) : null;
        String role = country != null && code.length() > 3 ? code.substring(3) : null;
        return new ActorEntry(kind, code, country, role, label, from, to);
    }

    private static LocalDate date(String s) {
        return s.isEmpty() ? null : LocalDate.parse(s);
    }

    boolean isCountry(String code) {
        return countryCodes.contains(code);
    }

    boolean isOrganisation(String code) {
        return organisationCodes.contains(code);
    }

    int phraseCount() {
        return phrases.size();
    }
}
