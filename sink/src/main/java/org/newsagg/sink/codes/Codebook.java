package org.newsagg.sink.codes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsagg.sink.aggregate.Dimensions;

/**
 * Names for the codes the sink counts by, read from the tagger's own tables: {@code cameo.tsv} (event codes; a
 * root's name is that of its {@code X0} code), {@code countries.tsv} and {@code igos.tsv} (first name of each code),
 * copied from the streams module at build time (sink/pom.xml), and the role names in {@code role-names.tsv}. Actor
 * codes are read as the tagger builds them: an organisation code, or a country code followed by a role code
 * ({@code RUS} + {@code MIL}). Outlets and PLOVER categories are words already and get no name.
 */
public final class Codebook {

    private static final String ROOT = "/codebook/";
    private static volatile Codebook bundled;

    private final Map<String, String> countries;
    private final Map<String, String> organisations;
    private final Map<String, String> roles;
    private final Map<String, String> events;
    private final Map<String, String> roots;

    Codebook(Map<String, String> countries, Map<String, String> organisations, Map<String, String> roles,
            Map<String, String> events) {
        this.countries = Map.copyOf(countries);
        this.organisations = Map.copyOf(organisations);
        this.roles = Map.copyOf(roles);
        this.events = Map.copyOf(events);
        Map<String, String> r = new LinkedHashMap<>();
        events.forEach((code, name) -> {
            if (code.length() == 3 && code.endsWith("0")) r.put(code.substring(0, 2), name);
        });
        this.roots = Map.copyOf(r);
    }

    /** The codebook of the tables bundled with the sink, read once. */
    public static Codebook bundled() {
        Codebook b = bundled;
        if (b == null) {
            synchronized (Codebook.class) {
                if (bundled == null) {
                    bundled = new Codebook(firstNames("tagging/countries.tsv"), firstNames("tagging/igos.tsv"),
                            firstNames("role-names.tsv"), firstNames("tagging/cameo.tsv"));
                }
                b = bundled;
            }
        }
        return b;
    }

    /** The name of one key of a dimension; unknown dimensions are the caller's to refuse. */
    public CodeName name(String dimension, String key) {
        List<CodeName.Part> parts = switch (dimension) {
            case Dimensions.ACTOR -> actorParts(key);
            case Dimensions.COUNTRY -> List.of(new CodeName.Part(key, "country", countries.get(key)));
            case Dimensions.EVENT -> List.of(new CodeName.Part(key, "event", events.get(key)));
            case Dimensions.EVENT_ROOT -> List.of(new CodeName.Part(key, "eventRoot", roots.get(key)));
            case Dimensions.DYAD -> dyadParts(key);
            default -> List.of();
        };
        if (parts.isEmpty() || parts.stream().anyMatch(p -> p.name() == null)) {
            return new CodeName(dimension, key, null, parts);
        }
        String separator = dimension.equals(Dimensions.DYAD) ? " → " : " ";
        return new CodeName(dimension, key, String.join(separator, parts.stream().map(CodeName.Part::name).toList()),
                parts);
    }

    /** The name of an actor code ("Russia military"), empty when some part of it is unknown. */
    public Optional<String> actorName(String code) {
        return Optional.ofNullable(name(Dimensions.ACTOR, code).name());
    }

    /** The name of a CAMEO event root ("16" is "Reduce relations"), empty when unknown. */
    public Optional<String> rootName(String root) {
        return Optional.ofNullable(roots.get(root));
    }

    /** Every role code named here. */
    public Set<String> roleCodes() {
        return roles.keySet();
    }

    private List<CodeName.Part> actorParts(String code) {
        if (organisations.containsKey(code)) {
            return List.of(new CodeName.Part(code, "organisation", organisations.get(code)));
        }
        if (code.length() < 3 || code.length() % 3 != 0) return List.of(new CodeName.Part(code, "actor", null));
        List<CodeName.Part> parts = new ArrayList<>();
        parts.add(new CodeName.Part(code.substring(0, 3), "country", countries.get(code.substring(0, 3))));
        // The tagger appends one role; a longer code is read role by role, three letters each.
        for (int i = 3; i < code.length(); i += 3) {
            String role = code.substring(i, i + 3);
            parts.add(new CodeName.Part(role, "role", roles.get(role)));
        }
        return parts;
    }

    /** {@code source|root|target}: each actor named whole, the root by its name. */
    private List<CodeName.Part> dyadParts(String key) {
        String[] f = key.split("\\|", -1);
        if (f.length != 3) return List.of(new CodeName.Part(key, "dyad", null));
        return List.of(new CodeName.Part(f[0], "actor", name(Dimensions.ACTOR, f[0]).name()),
                new CodeName.Part(f[1], "eventRoot", roots.get(f[1])),
                new CodeName.Part(f[2], "actor", name(Dimensions.ACTOR, f[2]).name()));
    }

    /** Code (first column) → first name (second column, first of its ";"-separated alternatives). */
    static Map<String, String> firstNames(String resource) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] row : rows(resource)) {
            if (row.length < 2) continue;
            String code = row[0].trim();
            String name = row[1].split(";")[0].trim();
            if (!code.isEmpty() && !name.isEmpty()) out.putIfAbsent(code, name);
        }
        return out;
    }

    /** The rows of a bundled tab-separated table; blank lines and lines starting with # are skipped. */
    static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Codebook.class.getResourceAsStream(ROOT + resource)) {
            if (in == null) throw new IllegalStateException("codebook table " + ROOT + resource + " is missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
