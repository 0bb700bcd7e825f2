package org.newsagg.streams.tagging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Every phrase that names an actor, from the country, organisation, named-actor, role and people files, indexed by
 * its lower-cased tokens so the recogniser can look up the longest phrase at each position of a sentence.
 */
final class ActorDictionary {

    /** An entry reachable from one written form; all-capital forms ("US", "UN") must match case and all. */
    record Form(ActorEntry entry, String written, boolean exactCase) {}

    private final Map<String, List<Form>> byPhrase;
    private final Set<String> countryCodes;
    private final Set<String> organisationCodes;
    private final int longestPhrase;
    private final Set<String> firstWords;

    private ActorDictionary(Map<String, List<Form>> byPhrase, Set<String> countryCodes, Set<String> organisationCodes) {
        this.byPhrase = byPhrase;
        this.countryCodes = Set.copyOf(countryCodes);
        this.organisationCodes = Set.copyOf(organisationCodes);
        int longest = 1;
        for (String k : byPhrase.keySet()) longest = Math.max(longest, k.split(" ").length);
        this.longestPhrase = longest;
        Set<String> first = new HashSet<>();
        for (String k : byPhrase.keySet()) first.add(k.split(" ")[0]);
        this.firstWords = Set.copyOf(first);
    }

    /** Whether some phrase starts with this lower-cased word; most words start none, so lookups skip them. */
    boolean startsPhrase(String lowerWord) {
        return firstWords.contains(lowerWord);
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
            String label = "country " + code + (names.isEmpty() ? "" : " (" + names.get(0) + ")");
            put(keyed, formsOf, "country:" + code,
                    new ActorEntry(ActorEntry.Kind.COUNTRY, code, code, null, label, null, null), names);
            put(keyed, formsOf, "demonym:" + code,
                    new ActorEntry(ActorEntry.Kind.DEMONYM, code, code, null, "demonym of " + label, null, null),
                    DictionaryFiles.alternatives(DictionaryFiles.column(row, 2)));
            put(keyed, formsOf, "capital:" + code,
                    new ActorEntry(ActorEntry.Kind.CAPITAL, code + "GOV", code, "GOV", "capital of " + label, null, null),
                    DictionaryFiles.alternatives(DictionaryFiles.column(row, 3)));
        }
        for (String[] row : files.rows("igos.tsv")) {
            String code = DictionaryFiles.column(row, 0);
            organisations.add(code);
            List<String> names = DictionaryFiles.alternatives(DictionaryFiles.column(row, 1));
            put(keyed, formsOf, "igo:" + code, new ActorEntry(ActorEntry.Kind.IGO, code, null, null,
                    "organisation " + code + (names.isEmpty() ? "" : " (" + names.get(0) + ")"), null, null), names);
        }
        for (String[] row : files.rows("named-actors.tsv")) {
            String phrase = DictionaryFiles.column(row, 0);
            String code = DictionaryFiles.column(row, 1);
            put(keyed, formsOf, "named:" + phrase.toLowerCase(Locale.ROOT), entryFor(ActorEntry.Kind.NAMED, code,
                    "named actor '" + phrase + "' = " + code, null, null, countries), List.of(phrase));
        }
        for (String[] row : files.rows("roles.tsv")) {
            String phrase = DictionaryFiles.column(row, 0);
            String role = DictionaryFiles.column(row, 1);
            put(keyed, formsOf, "role:" + phrase.toLowerCase(Locale.ROOT), new ActorEntry(ActorEntry.Kind.ROLE, role,
                    null, role, "role word '" + phrase + "' = " + role, null, null), List.of(phrase));
        }
        for (String[] row : files.rows("people.tsv")) {
            List<String> names = DictionaryFiles.alternatives(DictionaryFiles.column(row, 0));
            if (names.isEmpty()) continue;
            List<String> shortNames = DictionaryFiles.alternatives(DictionaryFiles.column(row, 1));
            String code = DictionaryFiles.column(row, 2);
            LocalDate from = date(DictionaryFiles.column(row, 3));
            LocalDate to = date(DictionaryFiles.column(row, 4));
            String label = names.get(0) + " = " + code + " " + from + ".." + (to == null ? "" : to);
            String key = "person:" + names.get(0) + ":" + code + ":" + from;
            put(keyed, formsOf, key, entryFor(ActorEntry.Kind.PERSON, code, label, from, to, countries), names);
            put(keyed, formsOf, "surname:" + key.substring(7),
                    entryFor(ActorEntry.Kind.SURNAME, code, label, from, to, countries), shortNames);
        }

        Map<String, List<Form>> byPhrase = new HashMap<>();
        for (var e : keyed.entrySet()) {
            for (String written : formsOf.get(e.getKey())) {
                String[] tokens = tokenizer.apply(written);
                if (tokens.length == 0) continue;
                String phrase = String.join(" ", tokens);
                boolean exact = written.length() >= 2 && written.equals(written.toUpperCase(Locale.ROOT))
                        && !written.equals(written.toLowerCase(Locale.ROOT));
                byPhrase.computeIfAbsent(phrase.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(new Form(e.getValue(), phrase, exact));
            }
        }
        return new ActorDictionary(byPhrase, countries, organisations);
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

    List<Form> lookup(String lowerPhrase) {
        return byPhrase.getOrDefault(lowerPhrase, List.of());
    }

    int longestPhrase() {
        return longestPhrase;
    }

    boolean isCountry(String code) {
        return countryCodes.contains(code);
    }

    boolean isOrganisation(String code) {
        return organisationCodes.contains(code);
    }

    int phraseCount() {
        return byPhrase.size();
    }
}
