package org.newsagg.eval.stories;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newsagg.model.Article;
import org.newsagg.model.Json;
import org.newsagg.model.Settings;
import org.newsagg.streams.dedupe.DedupeDecision;
import org.newsagg.streams.dedupe.DedupeSettings;
import org.newsagg.streams.dedupe.Deduplicator;
import org.newsagg.streams.dedupe.InMemoryDedupeStore;

/**
 * Measures story grouping on a labelled corpus such as ECB+: runs {@link Deduplicator} (default settings, or
 * {@code NEWSAGG_DEDUPE_*} environment overrides) over every article in file order, in one pass, then scores the
 * story ids of the articles whose id or gold cluster matches the subset regex. The corpus has no usable dates, so
 * every article gets the same publication time. A false duplicate is a copy verdict whose original lies in another
 * gold cluster; copies within a cluster are real (ECB+ holds several outlets' prints of one wire story).
 *
 * <p>Usage: {@code StoryCorpusReport articles.jsonl gold.json [subsetRegex]}
 */
public final class StoryCorpusReport {

    private static final Instant SAME_DAY = Instant.parse("2014-12-10T12:00:00Z");

    private StoryCorpusReport() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: StoryCorpusReport articles.jsonl gold.json [subsetRegex]");
            System.exit(2);
        }
        List<Article> articles = readArticles(Path.of(args[0]));
        Map<String, String> gold = Json.MAPPER.readValue(Path.of(args[1]).toFile(), new TypeReference<TreeMap<String, String>>() {});
        Pattern subset = Pattern.compile(args.length > 2 ? args[2] : ".*");
        Map<String, String> subsetGold = new TreeMap<>();
        gold.forEach((id, cluster) -> {
            if (subset.matcher(id).matches() || subset.matcher(cluster).matches()) subsetGold.put(id, cluster);
        });
        Result result = run(articles, subsetGold, DedupeSettings.from(Settings.load(null, Map.of())));
        System.out.println("copies found among scored articles: " + result.copiesFound());
        System.out.println(result.scores());
    }

    /** The scores, and how many scored articles were decided copies (of any article, right or wrong). */
    public record Result(StoryScores scores, int copiesFound) {}

    /** Decides every article, then scores the gold-labelled ones. Prints nothing: callers report. */
    public static Result run(List<Article> articles, Map<String, String> gold, DedupeSettings settings) {
        Deduplicator dedupe = new Deduplicator(settings);
        InMemoryDedupeStore store = new InMemoryDedupeStore(settings.retention());
        Map<String, String> story = new LinkedHashMap<>();
        TreeSet<String> falseDuplicates = new TreeSet<>();
        int copies = 0;
        for (Article a : articles) {
            DedupeDecision d = dedupe.decide(a, store);
            story.put(a.id(), d.storyId());
            if (!d.isDuplicate() || !gold.containsKey(a.id())) continue;
            copies++;
            if (!gold.get(a.id()).equals(gold.get(d.duplicateOf()))) falseDuplicates.add(a.id());
        }
        return new Result(StoryEvaluator.score(story, gold, falseDuplicates), copies);
    }

    static List<Article> readArticles(Path jsonl) throws IOException {
        List<Article> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(jsonl)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) continue;
                Article a = Json.MAPPER.readValue(line, Article.class);
                out.add(new Article(a.id(), a.url(), a.canonicalUrl(), a.source(), a.feedUrl(), a.title(), a.summary(),
                        a.text(), SAME_DAY, SAME_DAY, a.language(), a.contentHash()));
            }
        }
        return out;
    }
}
