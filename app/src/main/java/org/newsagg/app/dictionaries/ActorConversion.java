package org.newsagg.app.dictionaries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Phoenix actor records in the tagger's formats: a record with dated codes the tagger can express becomes one
 * people.tsv row per term (GOV, MIL, ... of a known country, or a known organisation); a record without one but with
 * an undated code becomes named-actors.tsv rows.
 *
 * <p>Filters, because PETRARCH's lists are noisy for a tagger that matches names without a parse: names of one word
 * are dropped (surnames, cities and common words such as "May" or "Bush" would fire on their own; the hand-written
 * people.tsv gives short forms where they are safe); names with brackets or digits only are dropped; ELI (elite, out of
 * office) and codes without an equivalent are dropped, so a person outside every kept term codes as the country.
 */
public final class ActorConversion {

    /** @param to exclusive, as people.tsv reads it (PETRARCH's end dates are inclusive) */
    public record PersonRow(List<String> names, String code, LocalDate from, LocalDate to) {
        public String tsv() {
            return String.join(";", names) + "\t\t" + code + "\t" + from + "\t" + (to == null ? "" : to);
        }
    }

    public record NamedRow(String phrase, String code) {
        public String tsv() {
            return phrase + "\t" + code;
        }
    }

    /** @param skipped why records or names were left out, with counts */
    public record Result(List<PersonRow> people, List<NamedRow> named, Map<String, Integer> skipped) {}

    /** People coded before any dated end had no known start; the tagger needs one, so terms start here. */
    static final LocalDate OPEN_START = LocalDate.of(1900, 1, 1);

    private ActorConversion() {}

    public static Result convert(List<PhoenixActors.Actor> actors, TaggerCodes codes, Map<String, String> learned) {
        List<PersonRow> people = new ArrayList<>();
        List<NamedRow> named = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        Set<String> namedSeen = new LinkedHashSet<>();
        for (PhoenixActors.Actor a : actors) {
            List<String> names = new ArrayList<>();
            for (String n : a.names()) {
                // A leading article goes: the tagger starts names at capitals, so "The US" at a sentence start would
                // swallow the hand-written "US Congress" after it.
                String written = titleCase(n.replaceFirst("^(?i)(the|a|an) ", ""));
                if (!usable(written)) {
                    count(skipped, "name with brackets, digits or odd characters");
                } else if (!written.contains(" ")) {
                    count(skipped, "one-word name");
                } else if (!names.contains(written)) {
                    names.add(written);
                }
            }
            if (names.isEmpty()) {
                count(skipped, "record with no usable name");
                continue;
            }
            boolean anyDated = false;
            TaggerCodes.Mapped fallback = null;
            for (PhoenixActors.DatedCode dc : a.codes()) {
                TaggerCodes.Mapped m = codes.map(dc.code(), learned);
                if (!dc.dated()) {
                    if (fallback == null && m != null) fallback = m;
                    continue;
                }
                boolean expressible = m != null && (m.role() != null || !codes.countries().contains(m.base()));
                if (!expressible) {
                    count(skipped, "dated code without a tagger role (ELI, unknown)");
                    continue;
                }
                anyDated = true;
                LocalDate from = dc.from() == null ? OPEN_START : dc.from();
                LocalDate to = dc.to() == null ? null : dc.to().plusDays(1);
                if (to != null && !from.isBefore(to)) {
                    count(skipped, "dated code ending before it starts");
                    continue;
                }
                people.add(new PersonRow(List.copyOf(names), m.code(), from, to));
            }
            if (anyDated) continue;
            if (fallback == null) {
                count(skipped, "record with no code the tagger knows");
                continue;
            }
            for (String n : names) {
                if (namedSeen.add(n.toLowerCase(Locale.ROOT))) named.add(new NamedRow(n, fallback.code()));
            }
        }
        return new Result(List.copyOf(people), List.copyOf(named), skipped);
    }

    /** "VLADIMIR V. PUTIN" -> "Vladimir V. Putin", "BAN KI-MOON" -> "Ban Ki-Moon"; "U.S." stays as written. */
    static String titleCase(String upper) {
        StringBuilder sb = new StringBuilder(upper.length());
        boolean start = true;
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            boolean keep = upper.indexOf('.') >= 0 && isDottedAbbreviation(upper, i);
            sb.append(keep ? c : start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '\'' || c == '(';
        }
        return sb.toString();
    }

    /** Inside a word like "U.S." or "U.N.", written in capitals and dots. */
    private static boolean isDottedAbbreviation(String s, int i) {
        if (s.charAt(i) == ' ') return false;
        int a = s.lastIndexOf(' ', i) + 1;
        int b = s.indexOf(' ', i);
        String word = s.substring(a, b < 0 ? s.length() : b);
        return word.matches("([A-Z]\\.)+[A-Z]?\\.?");
    }

    private static boolean usable(String name) {
        if (!Character.isLetter(name.charAt(0))) return false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetter(c) || c == ' ' || c == '-' || c == '.' || c == '\'')) return false;
        }
        return true;
    }

    static void count(Map<String, Integer> skipped, String why) {
        skipped.merge(why, 1, Integer::sum);
    }
}
