package org.newsagg.eval.stories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsagg.model.Article;
import org.newsagg.model.Json;
import org.newsagg.model.Settings;
import org.newsagg.streams.dedupe.DedupeDecision;
import org.newsagg.streams.dedupe.DedupeSettings;
import org.newsagg.streams.dedupe.Deduplicator;
import org.newsagg.streams.dedupe.InMemoryDedupeStore;

/**
 * Measures near-duplicate detection and story grouping on the generated syndication set: hand-written distinct
 * articles (several per event) plus their generated copies. Prints the figures docs/dedupe.md reports.
 *
 * <p>Usage: {@code NearDuplicateReport baseArticles.jsonl [maxCopies] [seed]}
 */
public final class NearDuplicateReport {

    /**
     * @param precision       duplicate verdicts whose original carries the same text, over all duplicate verdicts
     * @param nearRecall      copies with a new id and new content hash found as near copies of their text
     * @param nearCopies      how many such copies the set holds
     * @param duplicates      duplicate verdicts (exact and near)
     * @param falseDuplicates duplicate verdicts naming an original with another text
     * @param stories         story grouping against the events
     */
    public record Scores(double precision, double nearRecall, int nearCopies, int duplicates, int falseDuplicates,
            StoryScores stories) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "near copies=%d duplicates=%d falseDuplicates=%d%nduplicate precision=%.4f near recall=%.4f%nstories: %s",
                    nearCopies, duplicates, falseDuplicates, precision, nearRecall, stories);
        }
    }

    private NearDuplicateReport() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: NearDuplicateReport baseArticles.jsonl [maxCopies] [seed]");
            System.exit(2);
        }
        List<SyndicationSetGenerator.BaseArticle> bases;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            bases = readBases(in);
        }
        int maxCopies = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20260302L;
        var set = new SyndicationSetGenerator().generate(bases, maxCopies, seed);
        System.out.println(set.articles().size() + " articles from " + bases.size() + " hand-written ones");
        System.out.println(evaluate(set, DedupeSettings.from(Settings.load(null, Map.of()))));
    }

    public static List<SyndicationSetGenerator.BaseArticle> readBases(InputStream jsonl) throws IOException {
        List<SyndicationSetGenerator.BaseArticle> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(jsonl, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            if (!line.isBlank()) out.add(Json.MAPPER.readValue(line, SyndicationSetGenerator.BaseArticle.class));
        }
        return out;
    }

    public static Scores evaluate(SyndicationSetGenerator.LabelledSet set, DedupeSettings settings) {
        Deduplicator dedupe = new Deduplicator(settings);
        InMemoryDedupeStore store = new InMemoryDedupeStore(settings.retention());
        Set<String> familiesSeen = new HashSet<>();
        Set<String> idsSeen = new HashSet<>();
        Set<String> hashesSeen = new HashSet<>();
        Map<String, String> story = new LinkedHashMap<>();
        TreeSet<String> falseDuplicates = new TreeSet<>();
        int duplicates = 0;
        int nearCopies = 0;
        int nearFound = 0;
        for (Article a : set.articles()) {
            String family = set.family().get(a.id());
            boolean nearCopy = familiesSeen.contains(family) && !idsSeen.contains(a.id())
                    && !hashesSeen.contains(a.contentHash());
            DedupeDecision d = dedupe.decide(a, store);
            story.putIfAbsent(a.id(), d.storyId());
            boolean sameText = d.isDuplicate() && family.equals(set.family().get(d.duplicateOf()));
            if (d.isDuplicate()) {
                duplicates++;
                if (!sameText) falseDuplicates.add(a.id());
            }
            if (nearCopy) {
                nearCopies++;
                if (sameText && DedupeDecision.NEAR.equals(d.verdict())) nearFound++;
            }
            familiesSeen.add(family);
            idsSeen.add(a.id());
            hashesSeen.add(a.contentHash());
        }
        double precision = duplicates == 0 ? 1.0 : (double) (duplicates - falseDuplicates.size()) / duplicates;
        double recall = nearCopies == 0 ? 1.0 : (double) nearFound / nearCopies;
        return new Scores(precision, recall, nearCopies, duplicates, falseDuplicates.size(),
                StoryEvaluator.score(story, set.event(), falseDuplicates));
    }
}
