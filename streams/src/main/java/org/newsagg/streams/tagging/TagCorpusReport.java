package org.newsagg.streams.tagging;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Measures the tagger on a coded corpus (JSON lines shaped like {@link GoldSentence}) and prints the figures, a
 * confusion table of CAMEO roots and the worst misses with the tagger's own evidence.
 * Usage: {@code TagCorpusReport <sentences.jsonl> [dictionaryDir]}.
 */
public final class TagCorpusReport {

    private TagCorpusReport() {}

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: TagCorpusReport <sentences.jsonl> [dictionaryDir]");
            System.exit(2);
        }
        List<GoldSentence> gold = GoldSentence.readJsonl(Path.of(args[0]));
        TaggingSettings settings = TaggingSettings.defaults();
        if (args.length > 1) settings = settings.withDictionaryDir(Path.of(args[1]));
        ArticleTagger tagger = ArticleTagger.load(settings);
        TagScores s = TagEvaluator.score(gold, tagger);
        System.out.println(s.summary());
        System.out.println();
        printConfusion(s.rootConfusion());
        System.out.println();
        System.out.println("Worst misses:");
        for (TagScores.Miss m : s.worstMisses()) {
            GoldSentence g = gold.stream().filter(x -> x.id().equals(m.id())).findFirst().orElseThrow();
            System.out.println("- " + m.id() + " (" + m.errors() + " errors) " + m.detail());
            System.out.println("  text: " + g.text());
            System.out.println("  gold events: " + g.goldEvents());
            for (String line : tagger.explain(g.text(), g.published()).split("\n")) {
                System.out.println("    " + line);
            }
        }
    }

    private static void printConfusion(Map<String, Map<String, Integer>> confusion) {
        Set<String> columns = new TreeSet<>();
        confusion.values().forEach(row -> columns.addAll(row.keySet()));
        StringBuilder header = new StringBuilder("gold\\found");
        for (String c : columns) header.append(String.format("%4s", c));
        System.out.println(header);
        for (var row : confusion.entrySet()) {
            StringBuilder line = new StringBuilder(String.format("%-10s", row.getKey()));
            for (String c : columns) {
                Integer n = row.getValue().get(c);
                line.append(String.format("%4s", n == null ? "." : n));
            }
            System.out.println(line);
        }
    }
}
