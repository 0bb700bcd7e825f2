package org.newsagg.streams.tagging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The verb and noun patterns of tagging/verbs.tsv indexed by their first word, plus the cheap tests the tagger uses
 * to run part-of-speech tagging and lemmatization only where a pattern could use them.
 */
final class EventPatterns {

    private static final int PREFIX = 3;

    private final Map<String, List<EventPattern>> byHead;
    private final Set<String> wordPrefixes;
    private final Map<String, String> irregular;

    private EventPatterns(Map<String, List<EventPattern>> byHead, Map<String, String> irregular) {
        this.byHead = byHead;
        this.irregular = Map.copyOf(irregular);
        Set<String> words = new HashSet<>();
        for (List<EventPattern> list : byHead.values()) {
            for (EventPattern p : list) {
                for (EventPattern.Element e : p.elements()) {
                    for (String[] alt : e.alternatives()) for (String w : alt) words.add(prefix(w));
                }
            }
        }
        this.wordPrefixes = Set.copyOf(words);
    }

    /** True when the token could be a form of some word of some pattern, so its lemma is worth computing. */
    boolean mayMatter(String lower) {
        return wordPrefixes.contains(prefix(lower)) || irregular.containsKey(lower);
    }

    static EventPatterns load(DictionaryFiles files, CameoCodes codes) {
        Map<String, EventPattern> keyed = new LinkedHashMap<>();
        for (String[] row : files.rows("verbs.tsv")) {
            String code = DictionaryFiles.column(row, 0);
            if (codes.find(code).isEmpty()) {
                throw new IllegalStateException("verbs.tsv uses CAMEO code " + code + ", which cameo.tsv lacks");
            }
            String text = DictionaryFiles.column(row, 2);
            keyed.put(code + "\t" + DictionaryFiles.column(row, 1) + "\t" + text, EventPattern.parse(code, DictionaryFiles.column(row, 1), text,
                    DictionaryFiles.column(row, 3)));
        }
        Map<String, List<EventPattern>> byHead = new HashMap<>();
        for (EventPattern p : keyed.values()) {
            for (String head : p.heads()) byHead.computeIfAbsent(head, k -> new ArrayList<>()).add(p);
        }
        Map<String, String> irregular = new HashMap<>();
        for (String[] row : files.rows("irregular-verbs.tsv")) {
            irregular.put(DictionaryFiles.column(row, 0), DictionaryFiles.column(row, 1));
        }
        return new EventPatterns(byHead, irregular);
    }

    /** The lemma OpenNLP gave, or the irregular-form table's, or the lower-cased token when it gave none. */
    String lemma(String lower, String modelLemma) {
        String fromTable = irregular.get(lower);
        if (fromTable != null) return fromTable;
        if (modelLemma == null || modelLemma.isEmpty() || modelLemma.equals("O")) return lower;
        return modelLemma.toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether any pattern starting with this word needs the word's part of speech (noun patterns do). */
    boolean needsTag(String word) {
        for (EventPattern p : startingWith(word)) if (p.headPos() == 'N') return true;
        return false;
    }

    List<EventPattern> startingWith(String word) {
        return byHead.getOrDefault(word, List.of());
    }

    int size() {
        int n = 0;
        for (List<EventPattern> l : byHead.values()) n += l.size();
        return n;
    }

    private static String prefix(String s) {
        return s.length() <= PREFIX ? s : s.substring(0, PREFIX);
    }
}
