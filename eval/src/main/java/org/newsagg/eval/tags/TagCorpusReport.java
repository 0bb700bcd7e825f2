package org.newsagg.eval.tags;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsagg.streams.tagging.ArticleTagger;
import org.newsagg.streams.tagging.TaggingSettings;

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
        PrintWriter out = new PrintWriter(System.out, true);
        print(TagEvaluator.score(gold, tagger), gold, tagger, out);
        out.flush();
    }

    /** The figures as a table, then the confusion table of roots and the worst misses with their evidence. */
    public static void print(TagScores s, List<GoldSentence> gold, ArticleTagger tagger, PrintWriter out) {
        out.printf("sentences %d, gold events %d%n%n", s.sentences(), s.goldEvents());
        out.println("                         precision   recall");
        out.println(row("actors", s.actorPrecision(), s.actorRecall()));
        out.println(row("event roots", s.eventRootPrecision(), s.eventRootRecall()));
        out.println("                            source   target");
        out.println(row("roles right", s.sourceAccuracy(), s.targetAccuracy())
                + String.format(Locale.ROOT, "   over the %d gold events whose root was found", s.matchedEvents()));
        out.printf(Locale.ROOT, "%-22s %11.3f            over all %d gold events (a missed event's roles are wrong)%n",
                "both roles right", s.rolesRightOverAll(), s.goldEvents());
        out.printf(Locale.ROOT, "%-22s %11s            sentences with no gold event where an event was coded%n",
                "events invented", s.inventedEvents() + " of " + s.noEventSentences());
        out.println();
        printConfusion(s.rootConfusion(), out);
        out.println();
        out.println("Worst misses:");
        for (TagScores.Miss m : s.worstMisses()) {
            GoldSentence g = gold.stream().filter(x -> x.id().equals(m.id())).findFirst().orElseThrow();
            out.println("- " + m.id() + " (" + m.errors() + " errors) " + m.detail());
            out.println("  text: " + g.text());
            out.println("  gold events: " + g.goldEvents());
            for (String line : tagger.explain(g.text(), g.published()).split("\n")) {
                out.println("    " + line);
            }
        }
    }

    /** One set's figures on one line, for a table of several sets. */
    public static String line(String name, TagScores s) {
        return String.format(Locale.ROOT, "%-18s %10d  %.3f/%.3f   %.3f/%.3f   %.3f/%.3f      %.3f             %d of %d",
                name.length() > 18 ? "..." + name.substring(name.length() - 15) : name, s.sentences(),
                s.actorPrecision(), s.actorRecall(), s.eventRootPrecision(), s.eventRootRecall(), s.sourceAccuracy(),
                s.targetAccuracy(), s.rolesRightOverAll(), s.inventedEvents(), s.noEventSentences());
    }

    private static String row(String label, double a, double b) {
        return String.format(Locale.ROOT, "%-22s %11.3f %8.3f", label, a, b);
    }

    private static void printConfusion(Map<String, Map<String, Integer>> confusion, PrintWriter out) {
        Set<String> columns = new TreeSet<>();
        confusion.values().forEach(row -> columns.addAll(row.keySet()));
        StringBuilder header = new StringBuilder("gold\\found");
        for (String c : columns) header.append(String.format("%4s", c));
        out.println(header);
        for (var row : confusion.entrySet()) {
            StringBuilder line = new StringBuilder(String.format("%-10s", row.getKey()));
            for (String c : columns) {
                Integer n = row.getValue().get(c);
                line.append(String.format("%4s", n == null ? "." : n));
            }
            out.println(line);
        }
    }
}
