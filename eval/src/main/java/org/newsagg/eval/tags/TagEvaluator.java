package org.newsagg.eval.tags;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.newsagg.model.ActorTag;
import org.newsagg.model.EventTag;
import org.newsagg.streams.tagging.ArticleTagger;
import org.newsagg.streams.tagging.ArticleTags;

/**
 * Scores the tagger against gold sentences. Matching rule: every tag is reduced to its country (the first three
 * letters of a country-based code: "RUSMIL" -> "RUS") or organisation code, with the UN written "UN" as gold sets
 * write it (the tagger codes it "UNO"). Actors are compared as per-sentence sets; event roots as per-sentence sets
 * of asserted events; source and target are checked on each gold event whose root the tagger found, and counted
 * over all gold events too (a missed event's roles are wrong): the share dyad counts are built on.
 */
public final class TagEvaluator {

    private static final Map<String, String> GOLD_SPELLING = Map.of("UNO", "UN");
    private static final String NONE = "--";
    private static final int MISSES_KEPT = 15;

    private TagEvaluator() {}

    public static TagScores score(List<GoldSentence> gold, ArticleTagger tagger) {
        return score(gold, tagger, done -> {});
    }

    /** @param progress told the number of sentences scored so far, after each one */
    public static TagScores score(List<GoldSentence> gold, ArticleTagger tagger, IntConsumer progress) {
        int done = 0;
        int actorTp = 0, actorFound = 0, actorGold = 0;
        int rootTp = 0, rootFound = 0, rootGold = 0;
        int goldEvents = 0, matched = 0, sourceRight = 0, targetRight = 0, bothRight = 0;
        int noEventSentences = 0, invented = 0;
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        List<TagScores.Miss> misses = new ArrayList<>();
        for (GoldSentence g : gold) {
            ArticleTags tags = tagger.tag(g.text(), g.published());
            Set<String> actors = new LinkedHashSet<>();
            for (ActorTag a : tags.actors()) actors.add(unit(a.code(), tagger));
            Set<String> goldActors = new LinkedHashSet<>(g.goldActors());
            int tp = intersection(actors, goldActors);
            actorTp += tp;
            actorFound += actors.size();
            actorGold += goldActors.size();
            int errors = actors.size() - tp + goldActors.size() - tp;

            List<EventTag> asserted = tags.events().stream().filter(EventTag::asserted).toList();
            Set<String> roots = new LinkedHashSet<>();
            for (EventTag e : asserted) roots.add(e.root());
            Set<String> goldRoots = new LinkedHashSet<>();
            for (GoldEvent e : g.goldEvents()) goldRoots.add(e.root());
            int rtp = intersection(roots, goldRoots);
            rootTp += rtp;
            rootFound += roots.size();
            rootGold += goldRoots.size();
            errors += roots.size() - rtp + goldRoots.size() - rtp;
            confuse(goldRoots, roots, confusion);
            if (g.goldEvents().isEmpty()) {
                noEventSentences++;
                if (!roots.isEmpty()) invented++;
            }

            StringBuilder detail = new StringBuilder();
            for (GoldEvent ge : g.goldEvents()) {
                goldEvents++;
                List<EventTag> same = asserted.stream().filter(e -> e.root().equals(ge.root())).toList();
                if (same.isEmpty()) continue;
                matched++;
                boolean src = same.stream().anyMatch(e -> Objects.equals(unit(e.source(), tagger), ge.source()));
                boolean tgt = same.stream().anyMatch(e -> Objects.equals(unit(e.target(), tagger), ge.target()));
                if (src) sourceRight++;
                if (tgt) targetRight++;
                if (src && tgt) bothRight++;
                if (!src || !tgt) {
                    errors++;
                    detail.append(" root ").append(ge.root()).append(" wanted ").append(ge.source()).append("->")
                            .append(ge.target()).append(" got ").append(same.get(0).source()).append("->")
                            .append(same.get(0).target()).append(';');
                }
            }
            if (errors > 0) {
                misses.add(new TagScores.Miss(g.id(), errors, "actors " + actors + " gold " + goldActors
                        + "; roots " + roots + " gold " + goldRoots + ";" + detail));
            }
            progress.accept(++done);
        }
        misses.sort(Comparator.comparingInt((TagScores.Miss m) -> -m.errors()).thenComparing(TagScores.Miss::id));
        return new TagScores(ratio(actorTp, actorFound), ratio(actorTp, actorGold), ratio(rootTp, rootFound),
                ratio(rootTp, rootGold), ratio(sourceRight, matched), ratio(targetRight, matched),
                ratio(bothRight, goldEvents), gold.size(), goldEvents, matched, noEventSentences, invented, confusion,
                List.copyOf(misses.subList(0, Math.min(MISSES_KEPT, misses.size()))));
    }

    /** The country or organisation a tag stands for, spelled as gold sets spell it. */
    static String unit(String code, ArticleTagger tagger) {
        if (code == null) return null;
        if (tagger.isOrganisation(code)) return GOLD_SPELLING.getOrDefault(code, code);
        if (code.length() > 3 && tagger.isCountry(code.substring(0, 3))) return code.substring(0, 3);
        return code;
    }

    private static void confuse(Set<String> gold, Set<String> found, Map<String, Map<String, Integer>> confusion) {
        List<String> unmatchedFound = new ArrayList<>(found);
        unmatchedFound.removeAll(gold);
        List<String> unmatchedGold = new ArrayList<>();
        for (String g : gold) {
            if (found.contains(g)) add(confusion, g, g);
            else unmatchedGold.add(g);
        }
        for (String g : unmatchedGold) {
            add(confusion, g, unmatchedFound.isEmpty() ? NONE : unmatchedFound.remove(0));
        }
        for (String f : unmatchedFound) add(confusion, NONE, f);
    }

    private static void add(Map<String, Map<String, Integer>> confusion, String gold, String found) {
        confusion.computeIfAbsent(gold, k -> new TreeMap<>()).merge(found, 1, Integer::sum);
    }

    private static int intersection(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : a) if (b.contains(x)) n++;
        return n;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }
}
