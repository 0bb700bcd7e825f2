package org.newsagg.app.dictionaries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH1's CAMEO verb dictionary (CAMEO.verbpatterns.150430.txt): synonym sets ({@code &NAME} followed by
 * {@code +WORD} lines), then verb blocks ({@code --- NAME [code] ---}, verbs one a line with optional irregular forms
 * in braces and an own code in brackets, then patterns {@code - pre * post [code] # comment}). Transformations
 * ({@code ~}) are skipped. Format: PETRARCH2's dictionaries.rst, "Verb Dictionary", and the file's own header.
 */
public final class CameoVerbPatterns {

    /** @param words phrases in lower case, several words joined by spaces */
    public record Synset(String name, List<String> words) {}

    /**
     * @param lemma  the verb in lower case, several words joined by spaces ("clear up", "wire tap")
     * @param forms  irregular forms given in braces, same spelling rules
     * @param code   the verb's own code, or null to take the block's
     */
    public record Verb(String lemma, List<String> forms, String code) {}

    /**
     * @param before tokens before the verb ({@code *}), as written: words, {@code &SYNSET}, {@code $} source,
     *               {@code +} target, {@code ^} skip, {@code %} compound
     * @param after  tokens after the verb
     * @param code   first code of the brackets ({@code [031:031]} -> 031), {@code ---} for "no event"
     */
    public record VerbPattern(List<String> before, List<String> after, String code) {}

    /** @param code the block's code, {@code ---} for "no event" */
    public record Block(String name, String code, List<Verb> verbs, List<VerbPattern> patterns) {}

    public record Dictionary(Map<String, Synset> synsets, List<Block> blocks) {}

    private static final Pattern HEADER = Pattern.compile("---\\s*(.*?)\\s*\\[\\s*([^\\]]*?)\\s*\\]\\s*---.*");
    private static final Pattern VERB = Pattern.compile("([^{\\[]+?)\\s*(\\{([^}]*)\\})?\\s*(\\[([^\\]]*)\\])?\\s*");
    private static final Pattern PATTERN = Pattern.compile("-\\s*(.*?)\\s*\\[\\s*([^\\]]*?)\\s*\\].*");

    private CameoVerbPatterns() {}

    /** A block while its lines are read. */
    private record OpenBlock(String name, String code, List<Verb> verbs, List<VerbPattern> patterns) {
        Block close() {
            return new Block(name, code, List.copyOf(verbs), List.copyOf(patterns));
        }
    }

    public static Dictionary parse(List<String> lines) {
        Map<String, List<String>> synsetWordsByName = new LinkedHashMap<>();
        List<OpenBlock> blocks = new ArrayList<>();
        String synsetName = null;
        List<String> synsetWords = null;
        OpenBlock block = null;
        for (String raw : lines) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).trim();
            if (line.isEmpty()) continue;
            if (line.startsWith("&")) {
                synsetName = line.substring(1).trim();
                synsetWords = new ArrayList<>();
                synsetWordsByName.put(name(synsetName), synsetWords);
                block = null;
                continue;
            }
            if (line.startsWith("---")) {
                Matcher h = HEADER.matcher(line);
                if (!h.matches()) continue;
                block = new OpenBlock(h.group(1), code(h.group(2)), new ArrayList<>(), new ArrayList<>());
                blocks.add(block);
                synsetName = null;
                continue;
            }
            if (line.startsWith("~")) continue;
            if (block == null) {
                if (synsetName != null && line.startsWith("+")) synsetWords.add(words(line.substring(1)));
                continue;
            }
            if (line.startsWith("-")) {
                Matcher p = PATTERN.matcher(line);
                if (!p.matches()) continue;
                String body = p.group(1);
                int star = body.indexOf('*');
                if (star < 0) continue;
                block.patterns().add(new VerbPattern(tokens(body.substring(0, star)), tokens(body.substring(star + 1)),
                        code(p.group(2))));
                continue;
            }
            Matcher v = VERB.matcher(line);
            if (!v.matches()) continue;
            List<String> forms = new ArrayList<>();
            if (v.group(3) != null) {
                for (String f : v.group(3).trim().split("\\s+")) if (!f.isEmpty()) forms.add(words(f));
            }
            block.verbs().add(new Verb(words(v.group(1)), List.copyOf(forms),
                    v.group(5) == null ? null : code(v.group(5))));
        }
        Map<String, Synset> synsets = new LinkedHashMap<>();
        synsetWordsByName.forEach((n, w) -> synsets.put(n, new Synset(n, List.copyOf(w))));
        return new Dictionary(java.util.Collections.unmodifiableMap(synsets), blocks.stream().map(OpenBlock::close).toList());
    }

    /** Synset names are written with a trailing underscore when they make no plurals: "&AUXVERB1_" is AUXVERB1. */
    static String name(String s) {
        String n = s.trim();
        while (n.endsWith("_")) n = n.substring(0, n.length() - 1);
        return n.toUpperCase(Locale.ROOT);
    }

    /** "+CORDON_OFF" and "WIRE_+TAP" -> "cordon off", "wire tap"; a trailing underscore only stops plurals. */
    static String words(String s) {
        return s.replace("+", "").replace('_', ' ').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String code(String s) {
        String c = s.trim();
        int colon = c.indexOf(':');
        return colon >= 0 ? c.substring(0, colon).trim() : c;
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String t : s.trim().split("\\s+")) if (!t.isEmpty()) out.add(t);
        return List.copyOf(out);
    }
}
