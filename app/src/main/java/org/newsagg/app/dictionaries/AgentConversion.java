package org.newsagg.app.dictionaries;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Phoenix agents as roles.tsv rows ({@code phrase  role}). The tagger's role words add a role after a country
 * ("Russian soldiers" -> RUSMIL), so only suffix agents ({@code [~MIL]}) fit; prefix agents ({@code [NGO~]}) do not.
 * The role is the agent code's first three letters ({@code ~GOVFRM} -> GOV), kept only when the tagger uses it.
 */
public final class AgentConversion {

    public record RoleRow(String phrase, String role) {
        public String tsv() {
            return phrase + "\t" + role;
        }
    }

    public record Result(List<RoleRow> roles, Map<String, Integer> skipped) {}

    private AgentConversion() {}

    public static Result convert(List<PhoenixAgents.Agent> agents, TaggerCodes codes) {
        List<RoleRow> out = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (PhoenixAgents.Agent a : agents) {
            if (!a.suffix()) {
                ActorConversion.count(skipped, "prefix agent (CODE~)");
                continue;
            }
            String role = a.code().length() >= 3 ? a.code().substring(0, 3).toUpperCase(Locale.ROOT) : "";
            if (!codes.roles().contains(role)) {
                ActorConversion.count(skipped, "role the tagger does not use");
                continue;
            }
            String phrase = a.phrase().toLowerCase(Locale.ROOT);
            if (!phrase.matches("[a-z][a-z .'-]*")) {
                ActorConversion.count(skipped, "phrase with odd characters");
                continue;
            }
            // The first row of a phrase wins, as it would in PETRARCH's trie.
            if (seen.add(phrase)) out.add(new RoleRow(phrase, role));
        }
        return new Result(List.copyOf(out), skipped);
    }
}
