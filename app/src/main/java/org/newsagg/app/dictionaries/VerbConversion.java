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
 *   <li>Left out: verbs the tagger reads as context (context.tsv: say, hope, plan...) and auxiliaries (be, have,
 *       do, get); statements (010), which the tagger reads as the speech around another event; patterns with words
 *       before the verb (the tagger's patterns start at their trigger), patterns with
 *       no word after the verb (they only restate the slots) or only function words ({@code - * TO +}), the null code {@code ---} (the tagger has no
 *       "no event" pattern), unknown synonym sets, and codes with no ancestor in cameo.tsv.</li>
 *   <li>Violence codes 180 and 190 get the {@code violence} role, so the tagger picks 18 or 19 by who acts, as it
 *       does for its own attack patterns.</li>
 * </ul>
 */
public final class VerbConversion {

    private static final Set<String> SLOTS = Set.of("$", "+", "^", "%");
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "get");
    /** CAMEO 010, make statement: PETRARCH's speech verbs; the tagger reads speech as context of the event it reports. */
    private static final String STATEMENT = "010";

    public record VerbRow(String code, String pattern, String roles) {
        /** A pattern proper ("abandon * headquarters"), not a bare synonym set ("demand|bid"). */
        public boolean hasWordsAfterVerb() {
            return pattern.contains(" * ");
        }

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
                if (codes.contextWords().contains(v.lemma()) || AUXILIARIES.contains(v.lemma())) {
                    ActorConversion.count(skipped, "verb the tagger reads as context (say, hope, plan...) or an auxiliary");
                    continue;
                }
                // The lemma only: the tagger matches lemmas, so "held" is found as "hold"; listing the irregular
                // forms as triggers of their own would also slip them past the hand-written verbs' precedence.
                Set<String> forms = new LinkedHashSet<>();
                forms.add(joined(v.lemma()));
                head.addAll(forms);
                String code = codes.cameo(v.code() != null ? v.code() : block.code());
                if (code == null || code.equals(STATEMENT)) {
                    ActorConversion.count(skipped, "verb with the null code, 010 or a code cameo.tsv lacks");
                    continue;
                }
                verbsByCode.computeIfAbsent(code, k -> new LinkedHashSet<>()).addAll(forms);
            }
            for (var e : verbsByCode.entrySet()) {
                add(rows, seen, new VerbRow(e.getKey(), String.join("|", e.getValue()), roles(e.getKey(), true)));
            }
            if (head.isEmpty()) continue;
            String trigger = String.join("|", head);
            for (CameoVerbPatterns.VerbPattern p : block.patterns()) {
                String code = codes.cameo(p.code());
                if (code == null || code.equals(STATEMENT)) {
                    ActorConversion.count(skipped, "pattern with the null code, 010 or a code cameo.tsv lacks");
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
                if (onlyFunctionWords(after)) {
                    ActorConversion.count(skipped, "pattern with only function words after the verb");
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

    /**
     * Prepositions, articles, auxiliaries and the like: a pattern whose words after the verb are all of these
     * ("- * TO +", "- * FROM +") names no event of its own, and with the tagger's gaps it fires on almost any use of
     * the verb.
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("to", "from", "with", "for", "of", "in", "on", "at",
            "by", "into", "onto", "over", "against", "about", "as", "the", "a", "an", "and", "or", "not", "no", "it",
            "its", "their", "his", "her", "that", "this", "up", "down", "out", "off", "back", "away", "is", "are",
            "was", "were", "be", "been", "will", "would", "has", "have", "had", "s", "after", "before", "between",
            "through", "under", "upon", "within", "without", "near", "behind", "toward", "towards", "across");

    static boolean onlyFunctionWords(String after) {
        for (String element : after.split(" \\* ")) {
            for (String alt : element.split("\\|")) {
                for (String w : alt.split("_")) if (!FUNCTION_WORDS.contains(w)) return false;
            }
        }
        return true;
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
