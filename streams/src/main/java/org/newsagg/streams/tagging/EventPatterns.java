package org.newsagg.streams.tagging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The verb and noun patterns of tagging/verbs.tsv (and the generated tagging/petrarch2/verbs.tsv) in a two-level
 * trie: trigger word, then the pattern's first required word after the trigger ("accuse * of * war_crime" is filed
 * under accuse -> of). At a trigger the coder tries only the patterns whose anchor occurs later in the sentence, so
 * a verb with hundreds of PETRARCH patterns costs a few hash lookups per word of the sentence, not a match attempt
 * per pattern. Also the cheap tests the tagger uses to run POS tagging and lemmatization only where a pattern could
 * use them.
 *
 * <p>The generated file loads first; a hand-written row wins over a generated one with the same code, part of
 * speech and pattern, and a generated pattern drops every trigger word a hand-written pattern already starts with:
 * the hand-written patterns of a verb stand as they are, and PETRARCH's patterns add verbs they do not know.
 */
final class EventPatterns {

    private static final int PREFIX = 3;
    static final String IMPORTED = "petrarch2/verbs.tsv";

    /** Patterns sharing one trigger element: those with an anchor word, by that word, and those without. */
    private record Group(List<EventPattern> unanchored, Map<String, List<EventPattern>> byAnchor) {}

    private final Map<String, List<Group>> byHead;
    private final Map<EventPattern, Integer> order;
    private final Set<String> nounHeads;
    private final Set<String> wordPrefixes;
    /** Words that start generated patterns only. */
    private final Set<String> generatedHeads;
    private final Map<String, String> irregular;
    private final int size;

    private EventPatterns(List<EventPattern> patterns, Map<String, String> irregular) {
        this.irregular = Map.copyOf(irregular);
        int entries = 0;
        for (EventPattern p : patterns) entries += p.heads().size();
        // Counted per trigger word, as the index always counted them ("a|b" is two entries).
        this.size = entries;
        this.order = new IdentityHashMap<>();
        Map<String, Group> groups = new HashMap<>();
        Map<String, List<Group>> heads = new HashMap<>();
        Set<String> nouns = new HashSet<>();
        Set<String> words = new HashSet<>();
        Set<String> handHeads = new HashSet<>();
        Set<String> generatedOnly = new HashSet<>();
        for (EventPattern p : patterns) {
            order.put(p, order.size());
            String trigger = p.elements().get(0).alternatives().stream().map(a -> String.join("_", a)).toList().toString();
            Group g = groups.computeIfAbsent(trigger, k -> {
                Group created = new Group(new ArrayList<>(), new HashMap<>());
                for (String head : p.heads()) {
                    List<Group> list = heads.computeIfAbsent(head, h -> new ArrayList<>());
                    if (!list.contains(created)) list.add(created);
                }
                return created;
            });
            List<String> anchors = anchors(p);
            if (anchors.isEmpty()) g.unanchored().add(p);
            for (String a : anchors) g.byAnchor().computeIfAbsent(a, k -> new ArrayList<>()).add(p);
            if (p.headPos() == 'N') nouns.addAll(p.heads());
            // A no-event phrase only needs to be seen where some event pattern would look ("cast" its ballots).
            if (p.generated() || p.noEvent()) {
                generatedOnly.addAll(p.heads());
                continue;
            }
            handHeads.addAll(p.heads());
            // Generated patterns' words stay out: the model lemmatizer is the slowest step, and the regular stems of
            // WordForms find "headquarters" or "abandoned" without it.
            for (EventPattern.Element e : p.elements()) {
                for (String[] alt : e.alternatives()) for (String w : alt) words.add(prefix(w));
            }
        }
        this.byHead = heads;
        this.nounHeads = Set.copyOf(nouns);
        this.wordPrefixes = Set.copyOf(words);
        generatedOnly.removeAll(handHeads);
        this.generatedHeads = Set.copyOf(generatedOnly);
    }

    /** First words of the first required element after the trigger; empty when every later element may be absent. */
    private static List<String> anchors(EventPattern p) {
        for (int e = 1; e < p.elements().size(); e++) {
            EventPattern.Element el = p.elements().get(e);
            if (el.gap() || el.optional()) continue;
            List<String> out = new ArrayList<>();
            for (String[] alt : el.alternatives()) if (!out.contains(alt[0])) out.add(alt[0]);
            return out;
        }
        return List.of();
    }

    /** True when the token could be a form of some word of some pattern, so its lemma is worth computing. */
    boolean mayMatter(String lower) {
        return wordPrefixes.contains(prefix(lower)) || irregular.containsKey(lower);
    }

    static EventPatterns load(DictionaryFiles files, CameoCodes codes) {
        Map<String, EventPattern> handWritten = read(files.rows("verbs.tsv"), "verbs.tsv", codes);
        Set<String> handHeads = new HashSet<>();
        // A no-event phrase takes no trigger from the generated patterns: "cast doubt" stays theirs, "cast ballots"
        // is outmatched at the same word.
        for (EventPattern p : handWritten.values()) if (!p.noEvent()) handHeads.addAll(p.heads());
        Map<String, EventPattern> keyed = new LinkedHashMap<>();
        for (var e : read(files.rows(IMPORTED), IMPORTED, codes).entrySet()) {
            EventPattern p = withoutHeads(e.getValue().asGenerated(), handHeads);
            if (p != null) keyed.put(e.getKey(), p);
        }
        keyed.putAll(handWritten);
        Map<String, String> irregular = new HashMap<>();
        for (String[] row : files.rows("irregular-verbs.tsv")) {
            irregular.put(DictionaryFiles.column(row, 0), DictionaryFiles.column(row, 1));
        }
        return new EventPatterns(List.copyOf(keyed.values()), irregular);
    }

    private static Map<String, EventPattern> read(List<String[]> rows, String file, CameoCodes codes) {
        Map<String, EventPattern> keyed = new LinkedHashMap<>();
        for (String[] row : rows) {
            String code = DictionaryFiles.column(row, 0);
            if (!code.equals(EventPattern.NO_EVENT) && codes.find(code).isEmpty()) {
                throw new IllegalStateException(file + " uses CAMEO code " + code + ", which cameo.tsv lacks");
            }
            String text = DictionaryFiles.column(row, 2);
            keyed.put(code + "\t" + DictionaryFiles.column(row, 1) + "\t" + text,
                    EventPattern.parse(code, DictionaryFiles.column(row, 1), text, DictionaryFiles.column(row, 3)));
        }
        return keyed;
    }

    /** The pattern without the trigger alternatives starting with a taken word; null when none is left. */
    private static EventPattern withoutHeads(EventPattern p, Set<String> taken) {
        EventPattern.Element el = p.elements().get(0);
        List<String[]> kept = el.alternatives().stream().filter(a -> !taken.contains(a[0])).toList();
        if (kept.size() == el.alternatives().size()) return p;
        if (kept.isEmpty()) return null;
        List<EventPattern.Element> elements = new ArrayList<>(p.elements());
        elements.set(0, new EventPattern.Element(kept, el.optional(), el.gap()));
        return new EventPattern(p.code(), p.headPos(), p.text(), List.copyOf(elements), p.speakerIsSource(), p.weak(),
                p.violence(), p.generated());
    }

    /** The lemma OpenNLP gave, or the irregular-form table's, or the lower-cased token when it gave none. */
    String lemma(String lower, String modelLemma) {
        String fromTable = irregular.get(lower);
        if (fromTable != null) return fromTable;
        if (modelLemma == null || modelLemma.isEmpty() || modelLemma.equals("O")) return lower;
        return modelLemma.toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether some pattern starts with this word. */
    boolean isHead(String word) {
        return byHead.containsKey(word);
    }

    /** Whether only generated patterns start with this word. */
    boolean onlyGeneratedHead(String word) {
        return generatedHeads.contains(word);
    }


    /** Whether any pattern starting with this word needs the word's part of speech (noun patterns do). */
    boolean needsTag(String word) {
        return nounHeads.contains(word);
    }

    /**
     * The patterns worth trying at token {@code i}: one of its forms starts them, and their anchor word is a form of
     * some later token. In load order, so ties between equal matches resolve as they always did.
     */
    List<EventPattern> candidates(String[][] forms, int i) {
        List<Group> groups = null;
        for (String f : forms[i]) {
            List<Group> g = byHead.get(f);
            if (g == null) continue;
            if (groups == null) groups = new ArrayList<>(g.size());
            // By identity: a group is one object wherever it is filed, and a record's equals would compare its lists.
            for (Group x : g) if (!containsSame(groups, x)) groups.add(x);
        }
        if (groups == null) return List.of();
        Set<EventPattern> found = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Group g : groups) {
            found.addAll(g.unanchored());
            if (g.byAnchor().isEmpty()) continue;
            for (int p = i + 1; p < forms.length; p++) {
                for (String f : forms[p]) {
                    List<EventPattern> l = g.byAnchor().get(f);
                    if (l != null) found.addAll(l);
                }
            }
        }
        List<EventPattern> out = new ArrayList<>(found);
        out.sort(java.util.Comparator.comparingInt(order::get));
        return out;
    }

    private static boolean containsSame(List<Group> groups, Group g) {
        for (Group x : groups) if (x == g) return true;
        return false;
    }

    int size() {
        return size;
    }

    private static String prefix(String s) {
        return s.length() <= PREFIX ? s : s.substring(0, PREFIX);
    }
}
