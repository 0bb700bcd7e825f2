package org.newsagg.eval;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import org.newsagg.cluster.SettingsOptions;
import org.newsagg.eval.feeds.FeedCorpusReport;
import org.newsagg.eval.stories.StoryCorpusReport;
import org.newsagg.eval.stories.StoryScores;
import org.newsagg.eval.tags.GoldSentence;
import org.newsagg.eval.tags.TagCorpusReport;
import org.newsagg.eval.tags.TagEvaluator;
import org.newsagg.eval.tags.TagScores;
import org.newsagg.ingest.feeds.ArticleIdentity;
import org.newsagg.ingest.feeds.FeedFiles;
import org.newsagg.ingest.replay.ArchiveContents;
import org.newsagg.ingest.replay.ArchiveReader;
import org.newsagg.model.Article;
import org.newsagg.model.Json;
import org.newsagg.streams.dedupe.DedupeSettings;
import org.newsagg.streams.tagging.ArticleTagger;
import org.newsagg.streams.tagging.TaggingSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Measures the pipeline's own code paths on labelled data, the project's or a user's: feed parsing, story grouping
 * and tagging. docs/quality.md documents the input formats and holds the current figures.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures parsing, story grouping and tagging on labelled data (see docs/quality.md).",
        subcommands = {EvalCommand.Feeds.class, EvalCommand.Stories.class, EvalCommand.Tags.class})
public final class EvalCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "feeds", mixinStandardHelpOptions = true,
            description = "Parses every feed file with the same parser as `parse` and live ingest, and prints files with "
                    + "items, files that failed (one error each), items with title/link/date, recoveries, feeds/s.")
    static final class Feeds implements Callable<Integer> {
        @Parameters(paramLabel = "PATH", arity = "1..*", description = "Feed files or directories.")
        List<Path> paths;

        @Mixin
        JsonOutputOption json;

        @Mixin
        ProgressOption progress;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            json.checkBefore(paths);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            ProgressBar bar = progress.bar(err, "eval feeds", FeedFiles.list(paths).size(), "files");
            FeedCorpusReport.Report report;
            try {
                report = FeedCorpusReport.run(paths, bar);
            } finally {
                bar.finish();
            }
            FeedCorpusReport.print(report, out);
            out.flush();
            json.write(report, err);
            return 0;
        }
    }

    @Command(name = "stories", mixinStandardHelpOptions = true,
            description = "Runs the streams stage's dedupe and story logic over JSON-lines articles in one streaming pass "
                    + "and scores storyId against a gold map (id -> cluster): B-cubed and pairwise precision, recall "
                    + "and F1, and false duplicates (a copy of an article from another gold cluster).")
    static final class Stories implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ARTICLES", description = "JSON lines of articles (id, title, text, published, ...).")
        Path articles;

        @Parameters(index = "1", paramLabel = "GOLD", description = "JSON object: article id -> cluster name.")
        Path gold;

        @Option(names = "--subset", paramLabel = "REGEX", description = "Score only gold clusters whose name matches.")
        String subset;

        @Mixin
        JsonOutputOption json;

        @Mixin
        SettingsOptions options;

        @Mixin
        ProgressOption progress;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            json.checkBefore(List.of(articles, gold));
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            ArchiveContents contents = ArchiveReader.read(List.of(articles));
            contents.failures().forEach(f -> err.println("error: " + f.getMessage()));
            if (contents.articles().isEmpty()) throw new IllegalArgumentException("no article read from " + articles);
            // Labelled corpora rarely carry ingest's content hash: compute it the way ingest does.
            List<Article> input = contents.articles().stream().map(a -> a.contentHash() != null ? a
                    : new Article(a.id(), a.url(), a.canonicalUrl(), a.source(), a.feedUrl(), a.title(), a.summary(),
                            a.text(), a.published(), a.fetched(), a.language(),
                            ArticleIdentity.contentHash(a.title(), a.text()))).toList();
            Map<String, String> all = Json.MAPPER.readValue(gold.toFile(), new TypeReference<TreeMap<String, String>>() {});
            Map<String, String> scored = new TreeMap<>();
            Pattern p = subset == null ? null : Pattern.compile(subset);
            all.forEach((id, cluster) -> {
                if (p == null || p.matcher(cluster).find()) scored.put(id, cluster);
            });
            DedupeSettings settings = DedupeSettings.from(options.settings());
            ProgressBar bar = progress.bar(err, "eval stories", input.size(), "articles");
            StoryCorpusReport.Result result;
            try {
                result = StoryCorpusReport.run(reporting(input, bar), scored, settings);
            } finally {
                bar.finish();
            }
            printStories(result, out);
            out.flush();
            json.write(result.scores(), err);
            return 0;
        }
    }

    @Command(name = "tags", mixinStandardHelpOptions = true,
            description = "Runs the tagger over JSON-lines sentences with gold_actors and gold_events (CAMEO root, source, "
                    + "target) and prints actor and event-root precision/recall, source/target accuracy (over found "
                    + "events and over all gold events), events invented on sentences that report none, a confusion "
                    + "table of roots and the worst misses with their evidence. Without GOLD it measures the bundled "
                    + "sets: the development set's tuning and test parts (dev-tune, dev-test) and the team's own "
                    + "(own), then prints one line per set.")
    static final class Tags implements Callable<Integer> {
        /** The gold sets bundled in this module, measured when no file is given. */
        static final List<String> BUNDLED = List.of("dev-tune", "dev-test", "own");

        @Parameters(arity = "0..*", paramLabel = "GOLD",
                description = "JSON lines: id, text, published, gold_actors, gold_events (default: the bundled sets).")
        List<Path> gold = new ArrayList<>();

        @Mixin
        JsonOutputOption json;

        @Mixin
        SettingsOptions options;

        @Mixin
        ProgressOption progress;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            json.checkBefore(gold);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Map<String, List<GoldSentence>> sets = new LinkedHashMap<>();
            if (gold.isEmpty()) {
                for (String name : BUNDLED) sets.put(name, GoldSentence.readBundled(name.equals("own") ? "gold" : name));
            } else {
                for (Path p : gold) sets.put(p.toString(), GoldSentence.readJsonl(p));
            }
            ArticleTagger tagger = ArticleTagger.load(TaggingSettings.from(options.settings()));
            Map<String, TagScores> scores = new LinkedHashMap<>();
            for (var set : sets.entrySet()) {
                ProgressBar bar = progress.bar(err, sets.size() == 1 ? "eval tags" : "eval tags " + set.getKey(),
                        set.getValue().size(), "sentences");
                try {
                    scores.put(set.getKey(), TagEvaluator.score(set.getValue(), tagger, bar));
                } finally {
                    bar.finish();
                }
                if (sets.size() > 1) out.println("== " + set.getKey());
                TagCorpusReport.print(scores.get(set.getKey()), set.getValue(), tagger, out);
                if (sets.size() > 1) out.println();
            }
            if (sets.size() > 1) {
                out.println("set                 sentences  actors P/R    roots P/R     src/tgt (found)  both right (all)  invented");
                for (var e : scores.entrySet()) out.println(TagCorpusReport.line(e.getKey(), e.getValue()));
            }
            out.flush();
            json.write(sets.size() == 1 ? scores.values().iterator().next() : scores, err);
            return 0;
        }
    }

    /**
     * The articles as StoryCorpusReport walks them, once and in order, telling the bar how far it got: that class
     * takes no listener, and the dedupe package it lives in is not this command's to change.
     */
    static List<Article> reporting(List<Article> articles, IntConsumer progress) {
        return new AbstractList<>() {
            @Override
            public Article get(int index) {
                progress.accept(index + 1);
                return articles.get(index);
            }

            @Override
            public int size() {
                return articles.size();
            }
        };
    }

    static void printStories(StoryCorpusReport.Result result, PrintWriter out) {
        StoryScores s = result.scores();
        out.printf("articles scored   %6d%n", s.articles());
        out.printf("gold clusters     %6d%n", s.goldClusters());
        out.printf("predicted stories %6d%n", s.predictedClusters());
        out.printf("copies found      %6d%n", result.copiesFound());
        out.printf("false duplicates  %6d%n", s.falseDuplicates());
        out.println();
        out.println("          precision   recall       F1");
        out.println(String.format(Locale.ROOT, "B-cubed   %9.3f %8.3f %8.3f", s.b3Precision(), s.b3Recall(), s.b3F1()));
        out.println(String.format(Locale.ROOT, "pairwise  %9.3f %8.3f %8.3f", s.pairPrecision(), s.pairRecall(), s.pairF1()));
    }
}
