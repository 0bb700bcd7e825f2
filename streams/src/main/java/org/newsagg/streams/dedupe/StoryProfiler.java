package org.newsagg.streams.dedupe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Turns an article into the TF-IDF profile that decides which story it belongs to: content words, with proper
 * nouns and names (two capitalised words in a row, kept as one feature) weighted up, since they are what tells two
 * earthquakes or two trials apart. Stop words come from {@code dedupe/stopwords.txt}.
 */
public final class StoryProfiler {

    /** A unit-length term vector, heaviest term first, and the terms to post (for document counts). */
    public record Profile(List<String> terms, int[] weights, List<String> allTerms) {}

    /** Weights are stored in thousandths of a unit vector: ample for a cosine threshold, and small as JSON. */
    public static final double SCALE = 1000.0;

    /** Share of a headline's content words capitalised from which it is Title Case, not names in sentence case. */
    private static final double TITLE_CASE_SHARE = 0.6;

    private final Set<String> stopwords;
    private final int profileTerms;
    private final int indexTerms;
    private final double properNounBoost;
    private final double titleBoost;
    private final int documentFrequencyCap;

    public StoryProfiler(int profileTerms, int indexTerms, double properNounBoost, double titleBoost,
            int documentFrequencyCap) {
        this.stopwords = new HashSet<>(ResourceLines.read("/dedupe/stopwords.txt"));
        this.profileTerms = profileTerms;
        this.indexTerms = indexTerms;
        this.properNounBoost = properNounBoost;
        this.titleBoost = titleBoost;
        this.documentFrequencyCap = documentFrequencyCap;
    }

    /**
     * The profile of a title and body, weighting terms by how few earlier articles used them.
     *
     * @param documentFrequency articles within the retention that used a term, at most the cap
     */
    public Profile profile(WordTokenizer.Words title, WordTokenizer.Words body, ToIntFunction<String> documentFrequency) {
        Map<String, double[]> words = new HashMap<>(); // word -> {weighted count, proper-noun occurrences}
        // A Title Case headline's capitals say nothing about proper nouns: counted as evidence, every headline word
        // of such an outlet became an entity and, boosted, the article's heaviest term. A sentence-case headline's
        // do: it may be the only place a name is capitalised ("... charge against Russia" over a body that says
        // "Russian forces"), and spelling it in lower case would part it from the stories that name it.
        count(title, titleBoost, words, !isTitleCase(title));
        count(body, 1.0, words, true);
        // A word written as a proper noun anywhere in the article is an entity feature, spelled capitalised.
        Map<String, double[]> counts = new HashMap<>(words.size() * 2);
        words.forEach((w, c) -> counts.put(c[1] > 0 ? capitalise(w) : w, c));
        // Only the most frequent terms (entities first) are looked up and posted: a bounded cost per article
        // whatever its length. Document frequency then counts the articles a term was salient in.
        List<Weighted> byCount = new ArrayList<>(counts.size());
        counts.forEach((t, c) -> byCount.add(new Weighted(t, (1.0 + Math.log(c[0])) * (isEntity(t) ? properNounBoost : 1.0))));
        byCount.sort(Comparator.comparingDouble(Weighted::weight).reversed().thenComparing(Weighted::term));
        List<String> all = new ArrayList<>(Math.min(indexTerms, byCount.size()));
        for (int i = 0; i < Math.min(indexTerms, byCount.size()); i++) all.add(byCount.get(i).term);
        all.sort(Comparator.naturalOrder());
        double idfMax = Math.log(documentFrequencyCap + 1.0);
        List<Weighted> weighted = new ArrayList<>(all.size());
        for (String term : all) {
            double[] c = counts.get(term);
            int df = Math.min(documentFrequencyCap, documentFrequency.applyAsInt(term));
            double idf = Math.log((documentFrequencyCap + 1.0) / (df + 1.0));
            if (idf <= 0) continue;
            double w = (1.0 + Math.log(c[0])) * idf / idfMax;
            if (isEntity(term)) w *= properNounBoost;
            weighted.add(new Weighted(term, w));
        }
        weighted.sort(Comparator.comparingDouble(Weighted::weight).reversed().thenComparing(Weighted::term));
        int k = Math.min(profileTerms, weighted.size());
        double norm = 0;
        for (int i = 0; i < k; i++) norm += weighted.get(i).weight * weighted.get(i).weight;
        norm = Math.sqrt(norm);
        List<String> terms = new ArrayList<>(k);
        int[] weights = new int[k];
        for (int i = 0; i < k; i++) {
            terms.add(weighted.get(i).term);
            weights[i] = (int) Math.round(SCALE * weighted.get(i).weight / norm);
        }
        return new Profile(List.copyOf(terms), weights, List.copyOf(all));
    }

    /** A profile as a term -> weight map, to compare it with many others. */
    public static Map<String, Integer> index(List<String> terms, int[] weights) {
        Map<String, Integer> index = new HashMap<>(terms.size() * 2);
        for (int i = 0; i < terms.size(); i++) index.put(terms.get(i), weights[i]);
        return index;
    }

    /** Cosine of an indexed profile and a stored one. */
    public static double cosine(Map<String, Integer> indexed, List<String> terms, int[] weights) {
        long dot = 0;
        for (int i = 0; i < terms.size(); i++) {
            Integer w = indexed.get(terms.get(i));
            if (w != null) dot += (long) w * weights[i];
        }
        return dot / (SCALE * SCALE);
    }

    /** Whether a profile term is a proper noun or name (capitalised), as opposed to a common word. */
    public static boolean isEntity(String term) {
        return Character.isUpperCase(term.charAt(0));
    }

    private static String capitalise(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /**
     * Whether a headline capitalises most of its content words (Title Case), as names alone would not: at least
     * {@link #TITLE_CASE_SHARE} of its words of four letters or more, stop words and the first word left out.
     */
    private boolean isTitleCase(WordTokenizer.Words title) {
        int content = 0;
        int capitalised = 0;
        for (int i = 1; i < title.size(); i++) {
            String w = title.words()[i];
            if (w.length() < 4 || stopwords.contains(w) || Character.isDigit(w.charAt(0))) continue;
            content++;
            if (title.proper()[i]) capitalised++;
        }
        return content > 0 && capitalised >= TITLE_CASE_SHARE * content;
    }

    private void count(WordTokenizer.Words words, double weight, Map<String, double[]> counts, boolean capitalsCount) {
        String previousName = null;
        for (int i = 0; i < words.size(); i++) {
            String w = words.words()[i];
            boolean proper = capitalsCount && words.proper()[i];
            if (proper && previousName != null) add(counts, previousName + "_" + w, weight, true);
            previousName = proper ? w : null;
            if (!isContent(w)) continue;
            add(counts, w, weight, proper);
        }
    }

    private static void add(Map<String, double[]> counts, String term, double weight, boolean proper) {
        double[] c = counts.computeIfAbsent(term, t -> new double[2]);
        c[0] += weight;
        if (proper) c[1] += 1;
    }

    private boolean isContent(String w) {
        if (stopwords.contains(w)) return false;
        boolean digits = Character.isDigit(w.charAt(0));
        return digits ? w.length() >= 2 : w.length() >= 3;
    }

    private record Weighted(String term, double weight) {}
}
