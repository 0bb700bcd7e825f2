package org.newsagg.app.dictionaries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Phoenix.agents: {@code PHRASE {plurals} [~CODE]} lines, with {@code !NAME! = a, b} substitution sets.
 * Regular plurals are generated (s, ies after y, es after ss) unless {@code {...}} gives them ({@code {}}: none).
 * Format: PETRARCH2's dictionaries.rst, "Agent Dictionary".
 */
public final class PhoenixAgents {

    /**
     * @param phrase  words separated by spaces, as written (upper case in the source)
     * @param code    the agent code without the tilde
     * @param suffix  true for {@code ~CODE} (added after the actor's code, a role), false for {@code CODE~}
     */
    public record Agent(String phrase, String code, boolean suffix) {}

    private static final Pattern SUBSTITUTION = Pattern.compile("!(\\w+)!\\s*=\\s*(.+)");
    private static final Pattern ENTRY = Pattern.compile("([^\\[{]+?)\\s*(\\{([^}]*)\\})?\\s*\\[([^\\]}]+)[\\]}]");

    private PhoenixAgents() {}

    public static List<Agent> parse(List<String> lines) {
        Map<String, List<String>> sets = new LinkedHashMap<>();
        List<Agent> out = new ArrayList<>();
        for (String raw : lines) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).trim();
            if (line.isEmpty() || line.startsWith("<!--")) continue;
            Matcher s = SUBSTITUTION.matcher(line);
            if (s.matches()) {
                List<String> items = new ArrayList<>();
                for (String item : s.group(2).split(",")) if (!item.isBlank()) items.add(item.trim());
                sets.put(s.group(1), items);
                continue;
            }
            Matcher e = ENTRY.matcher(line);
            if (!e.matches()) continue;
            String written = e.group(1).trim();
            // A blank inside the phrase lets other words intervene; the tagger's phrases are consecutive words.
            if (written.contains(" ")) continue;
            String code = e.group(4).trim();
            boolean suffix = code.startsWith("~");
            String bare = code.replace("~", "");
            if (bare.isEmpty()) continue;
            for (String form : forms(written, e.group(2) == null ? null : e.group(3), sets)) {
                out.add(new Agent(form.replace('_', ' ').trim(), bare, suffix));
            }
        }
        return out;
    }

    /** The singular and its plurals; a substitution set replaces its marker and makes no plurals. */
    static List<String> forms(String written, String plurals, Map<String, List<String>> sets) {
        Matcher m = Pattern.compile("!(\\w+)!").matcher(written);
        if (m.find()) {
            List<String> out = new ArrayList<>();
            for (String item : sets.getOrDefault(m.group(1), List.of())) {
                out.add(written.substring(0, m.start()) + item + written.substring(m.end()));
            }
            return out;
        }
        List<String> out = new ArrayList<>();
        out.add(written);
        if (plurals == null) {
            out.add(plural(written));
        } else {
            for (String p : plurals.trim().split("\\s+")) if (!p.isEmpty()) out.add(p);
        }
        return out;
    }

    static String plural(String word) {
        if (word.endsWith("SS") || word.endsWith("ss")) return word + (Character.isUpperCase(word.charAt(0)) ? "ES" : "es");
        if ((word.endsWith("Y") || word.endsWith("y")) && word.length() > 1
                && "AEIOUaeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + (Character.isUpperCase(word.charAt(0)) ? "IES" : "ies");
        }
        return word + (Character.isUpperCase(word.charAt(0)) ? "S" : "s");
    }
}
