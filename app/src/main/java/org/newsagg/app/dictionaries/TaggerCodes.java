package org.newsagg.app.dictionaries;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the tagger can represent, read from its hand-written dictionaries, and how Phoenix codes map onto it: country
 * codes (ISO alpha-3, with CAMEO's own spellings mapped), organisation codes (learned by name, since Phoenix writes the
 * UN as IGOUNO and the tagger as UNO), the role codes roles.tsv uses, and the CAMEO codes of cameo.tsv.
 *
 * @param countries     ISO alpha-3 codes the tagger knows
 * @param organisations tagger organisation code by lower-cased name ("united nations" -> UNO)
 * @param roles         role codes the tagger's role words use (GOV, MIL, ...)
 * @param cameo         CAMEO codes of cameo.tsv
 * @param contextWords  words of context.tsv (speech, future, desire, negation...), which the tagger reads as the
 *                      context of an event, never as its trigger
 */
public record TaggerCodes(Set<String> countries, Map<String, String> organisations, Set<String> roles,
                          Set<String> cameo, Set<String> contextWords) {

    /** CAMEO country codes that are not ISO alpha-3 (CAMEO's TMP for Timor-Leste, KSV for Kosovo). */
    private static final Map<String, String> CAMEO_COUNTRY = Map.of("TMP", "TLS", "KSV", "XKX", "ROM", "ROU",
            "ZAR", "COD", "BUR", "MMR");

    /** A Phoenix code split into the tagger's country (or organisation) and role, or null when it has no equivalent. */
    public record Mapped(String base, String role) {
        public String code() {
            return role == null ? base : base + role;
        }
    }

    /**
     * @param learned Phoenix organisation code -> tagger code, from {@link #learnOrganisations}
     */
    public Mapped map(String phoenixCode, Map<String, String> learned) {
        String c = phoenixCode.toUpperCase(Locale.ROOT);
        if (c.length() >= 3) {
            String country = CAMEO_COUNTRY.getOrDefault(c.substring(0, 3), c.substring(0, 3));
            if (countries.contains(country)) {
                String role = c.length() >= 6 ? c.substring(3, 6) : null;
                return new Mapped(country, role != null && roles.contains(role) ? role : null);
            }
        }
        // The longest Phoenix organisation code that prefixes this one: IGOUNOWFP falls back to the UN's IGOUNO.
        String best = null;
        for (String k : learned.keySet()) {
            if (c.startsWith(k) && (best == null || k.length() > best.length())) best = k;
        }
        return best == null ? null : new Mapped(learned.get(best), null);
    }

    /**
     * Phoenix organisation codes whose undated records carry a name the tagger's igos.tsv also has. A code is kept
     * only when it is specific (more than the bare IGO/NGO prefix), names one tagger organisation, and does not end in
     * a sector that is a role code: NGOHRI, the code of every human-rights group, is not Human Rights Watch just
     * because Human Rights Watch carries it, while IGOUNO is the UN whatever else carries it.
     */
    public Map<String, String> learnOrganisations(List<PhoenixActors.Actor> actors) {
        Map<String, Set<String>> targets = new HashMap<>();
        for (PhoenixActors.Actor a : actors) {
            for (PhoenixActors.DatedCode dc : a.codes()) {
                if (dc.dated()) continue;
                String code = dc.code().toUpperCase(Locale.ROOT);
                String ours = null;
                for (String name : a.names()) {
                    ours = organisations.get(name.toLowerCase(Locale.ROOT));
                    if (ours != null) break;
                }
                if (ours == null) continue;
                targets.computeIfAbsent(code, k -> new java.util.TreeSet<>()).add(ours);
            }
        }
        Map<String, String> out = new HashMap<>();
        targets.forEach((code, ours) -> {
            if (code.length() > 3 && ours.size() == 1 && !roles.contains(code.substring(code.length() - 3))) {
                out.put(code, ours.iterator().next());
            }
        });
        return out;
    }

    /** The code itself, else its three-digit parent, else its root ("0874" -> "087" -> "080"), else null. */
    public String cameo(String code) {
        if (code == null || code.isEmpty() || code.startsWith("-")) return null;
        if (cameo.contains(code)) return code;
        if (code.length() > 3 && cameo.contains(code.substring(0, 3))) return code.substring(0, 3);
        if (code.length() >= 2 && cameo.contains(code.substring(0, 2) + "0")) return code.substring(0, 2) + "0";
        return null;
    }
}
