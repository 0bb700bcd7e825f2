package org.newsagg.app.eval;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.newsagg.app.cli.KafkaOptions;
import org.newsagg.ingest.feeds.ArticleIdentity;
import org.newsagg.ingest.feeds.FeedCorpusReport;
import org.newsagg.ingest.replay.ArchiveContents;
import org.newsagg.ingest.replay.ArchiveReader;
import org.newsagg.model.Article;
import org.newsagg.model.Json;
import org.newsagg.streams.dedupe.DedupeSettings;
import org.newsagg.streams.dedupe.StoryCorpusReport;
import org.newsagg.streams.dedupe.StoryScores;
import org.newsagg.streams.tagging.ArticleTagger;
import org.newsagg.streams.tagging.GoldSentence;
import org.newsagg.streams.tagging.TagEvaluator;
import org.newsagg.streams.tagging.TagScores;
import org.newsagg.streams.tagging.TaggingSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

    static void writeJson(Path file, Object figures) {
        if (file == null) return;
        try {
            Files.writeString(file, Json.write(figures) + "\n");
            System.err.println("figures written to " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Command(name = "feeds", mixinStandardHelpOptions = true,
            description = {"Parses every feed file with the same parser as `parse` and live ingest, and prints files",
                    "with items, files that failed (one error each), items with title/link/date, recoveries, feeds/s."})
    static final class Feeds implements Callable<Integer> {
        @Parameters(paramLabel = "PATH", arity = "1..*", description = "Feed files or directories.")
        List<Path> paths;

        @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
        Path json;

        @Override
        public Integer call() {
            FeedCorpusReport.Report report = FeedCorpusReport.run(paths);
            FeedCorpusReport.print(report, System.out);
            writeJson(json, report);
            return 0;
        }
    }

    @Command(name = "stories", mixinStandardHelpOptions = true,
            description = {"Runs the streams stage's dedupe and story logic over JSON-lines articles in one streaming",
                    "pass and scores storyId against a gold map (id -> cluster): B-cubed and pairwise precision,",
                    "recall and F1, and false duplicates (a copy of an article from another gold cluster)."})
    static final class Stories implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ARTICLES", description = "JSON lines of articles (id, title, text, published, ...).")
        Path articles;

        @Parameters(index = "1", paramLabel = "GOLD", description = "JSON object: article id -> cluster name.")
        Path gold;

        @Option(names = "--subset", paramLabel = "REGEX", description = "Score only gold clusters whose name matches.")
        String subset;

        @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
        Path json;

        @Mixin
        KafkaOptions options;

        @Override
        public Integer call() throws IOException {
            ArchiveContents contents = ArchiveReader.read(List.of(articles));
            contents.failures().forEach(f -> System.err.println("error: " + f.getMessage()));
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
            StoryScores scores = StoryCorpusReport.run(input, scored, DedupeSettings.from(options.settings()));
            System.out.println(scores);
            writeJson(json, scores);
            return 0;
        }
    }

    @Command(name = "tags", mixinStandardHelpOptions = true,
            description = {"Runs the tagger over JSON-lines sentences with gold_actors and gold_events (CAMEO root,",
                    "source, target) and prints actor and event-root precision/recall, source/target accuracy,",
                    "a confusion table of roots and the worst misses with their evidence."})
    static final class Tags implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "GOLD", description = "JSON lines: id, text, published, gold_actors, gold_events.")
        Path gold;

        @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
        Path json;

        @Mixin
        KafkaOptions options;

        @Override
        public Integer call() {
            List<GoldSentence> sentences = GoldSentence.readJsonl(gold);
            ArticleTagger tagger = ArticleTagger.load(TaggingSettings.from(options.settings()));
            TagScores scores = TagEvaluator.score(sentences, tagger);
            System.out.println(scores.summary());
            writeJson(json, scores);
            return 0;
        }
    }
}
