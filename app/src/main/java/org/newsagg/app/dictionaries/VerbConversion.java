package org.newsagg.app.dictionaries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * PETRARCH1 verb blocks as verbs.tsv rows ({@code code  pos  pattern  roles}).
 *
 * <ul>
 *   <li>Each block's verbs with one code become one row whose trigger is their synonym set ({@code say|tell|told}),
 *       marked {@code weak} as every converted row is: a generated pattern should lose to a hand-written one in the
 *       same sentence.</li>
 *   <li>Each pattern {@code - * W1 W2 [code]} becomes {@code verbs * w1 * w2}: in TABARI patterns a blank lets
 *       other words intervene and {@code _} joins words, which is what the tagger's {@code *} and {@code _} mean.
 *       A synonym set ({@code &CURRENCY}) becomes its alternatives. The actor slots ({@code $ + ^ %}) are dropped:
 *       the tagger finds source and target by position.</li>
 *   <li>Left out: patterns with words before the verb (the tagger's patterns start at their trigger), patterns with
 *       no word after the verb (they only restate the slots), the null code {@code ---} (the tagger has no
 *       "no event" pattern), unknown synonym sets, and codes with no ancestor in cameo.tsv.</li>
 *   <li>Violence codes 180 and 190 get the {@code violence} role, so the tagger picks 18 or 19 by who acts, as it
 *       does for its own attack patterns.</li>
 * </ul>
 */
public final class VerbConversion {

    private static final Set<String> SLOTS = Set.of("$", "+", "^", "%");

    public record VerbRow(String code, String pattern, String roles) {
        public String tsv() {
            return code + "\tV\t" + pattern + (roles.isEmpty() ? "" : "\t" + roles);
        }
    }

    public record Result(List<VerbRow> rows, Map<String, Integer> skipped) {}

    private VerbConversion() {}

    public static Result convert(CameoVerbPatterns.Dictionary dict, TaggerCodes codes) {
        List<VerbRow> rows = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (CameoVerbPatterns.Block block : dict.blocks()) {
            if (block.verbs().isEmpty()) continue;
            Map<String, Set<String>> verbsByCode = new LinkedHashMap<>();
            Set<String> head = new LinkedHashSet<>();
            for (CameoVerbPatterns.Verb v : block.verbs()) {
                Set<String> forms = new LinkedHashSet<>();
                forms.add(joined(v.lemma()));
                for (String f : v.forms()) forms.add(joined(f));
                head.addAll(forms);
                String code = codes.cameo(v.code() != null ? v.code() : block.code());
                if (code == null) {
                    ActorConversion.count(skipped, "verb with the null code or a code cameo.tsv lacks");
                    continue;
                }
                verbsByCode.computeIfAbsent(code, k -> new LinkedHashSet<>()).addAll(forms);
            }
            for (var e : verbsByCode.entrySet()) {
                add(rows, seen, new VerbRow(e.getKey(), String.join("|", e.getValue()), roles(e.getKey(), true)));
            }
            String trigger = String.join("|", head);
            for (CameoVerbPatterns.VerbPattern p : block.patterns()) {
                String code = codes.cameo(p.code());
                if (code == null) {
                    ActorConversion.count(skipped, "pattern with the null code or a code cameo.tsv lacks");
                    continue;
                }
                if (!p.before().stream().allMatch(SLOTS::contains)) {
                    ActorConversion.count(skipped, "pattern with words before the verb");
                    continue;
                }
                String after = after(p.after(), dict);
                if (after == null) {
                    ActorConversion.count(skipped, "pattern with an unknown synonym set or odd token");
                    continue;
                }
                if (after.isEmpty()) {
                    ActorConversion.count(skipped, "pattern with no word after the verb");
                    continue;
                }
                add(rows, seen, new VerbRow(code, trigger + " * " + after, roles(code, false)));
            }
        }
        return new Result(List.copyOf(rows), skipped);
    }

    private static void add(List<VerbRow> rows, Set<String> seen, VerbRow row) {
        if (seen.add(row.code() + "\t" + row.pattern())) rows.add(row);
    }

    /** Every converted pattern is weak: measured, PETRARCH's patterns lose less precision when hand-written ones win. */
    private static String roles(String code, boolean bare) {
        List<String> r = new ArrayList<>();
        r.add("weak");
        if (code.equals("180") || code.equals("190")) r.add("violence");
        return String.join(",", r);
    }

    /** The words after the verb in the tagger's syntax, "" when there are none, null when one cannot be written. */
    static String after(List<String> tokens, CameoVerbPatterns.Dictionary dict) {
        List<String> elements = new ArrayList<>();
        for (String t : tokens) {
            if (SLOTS.contains(t)) continue;
            if (t.startsWith("&")) {
                CameoVerbPatterns.Synset s = dict.synsets().get(CameoVerbPatterns.name(t.substring(1)));
                if (s == null || s.words().isEmpty()) return null;
                Set<String> alts = new LinkedHashSet<>();
                for (String w : s.words()) alts.add(joined(w));
                elements.add(String.join("|", alts));
                continue;
            }
            String w = CameoVerbPatterns.words(t);
            if (!w.matches("[a-z0-9][a-z0-9 .'-]*")) return null;
            elements.add(joined(w));
        }
        return String.join(" * ", elements);
    }

    private static String joined(String words) {
        return words.replace(' ', '_');
    }
}
