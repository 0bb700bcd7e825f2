package org.newsagg.streams.dedupe;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.ToIntFunction;
import org.newsagg.model.Article;

/**
 * Throughput of the dedupe stage with the in-memory store, on one thread, for synthetic articles of about 1.5 KB and
 * 5 KB: Zipf-distributed words from a seeded vocabulary whose most frequent ranks are English function words (as in
 * real text), one article every 30 seconds of event time, a fifth of them near copies of an earlier one. Two figures
 * per size, each over its own fresh store:
 * <ul>
 *   <li><b>near duplicates</b>: {@link NearDuplicateDetector} alone, as the speed target names it: boilerplate
 *       stripping, tokenizing, sketching, the LSH band look-ups, fetching and verifying the collided candidates, and
 *       storing a unique article's sketches and band postings (a copy as a thin record). Not included: the exact
 *       (id, content hash) look-ups, the story profile and its document frequencies, story candidates (so the
 *       copy checks of the 5 best story candidates too), dates and the story choice.</li>
 *   <li><b>whole decision</b>: {@link Deduplicator#decide}, all of the above plus everything listed as not
 *       included, with every store write the decision makes.</li>
 * </ul>
 * Reports articles per second of the thread's CPU time (per core, unaffected by other processes on the machine) and
 * of wall-clock time.
 *
 * <p>Usage: {@code DedupeBenchmark [articlesPerRun]}
 */
public final class DedupeBenchmark {

    private static final int VOCABULARY = 20_000;

    private DedupeBenchmark() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        for (int size : new int[] {1500, 5000}) {
            List<Article> warmUp = articles(n, size, 1);
            List<Article> measured = articles(n, size, 2);
            runNearDuplicates(warmUp);
            measure(size + "-byte articles, near duplicates", measured, DedupeBenchmark::runNearDuplicates);
            runDecisions(warmUp);
            measure(size + "-byte articles, whole decision ", measured, DedupeBenchmark::runDecisions);
        }
    }

    private static void measure(String label, List<Article> articles, ToIntFunction<List<Article>> run) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int duplicates = run.applyAsInt(articles);
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double wall = (System.nanoTime() - start) / 1e9;
        int n = articles.size();
        System.out.printf(Locale.ROOT, "%s: %d in %.2f s CPU = %.0f articles/s per core (wall %.2f s = %.0f/s;"
                + " %d copies found)%n", label, n, cpu, n / cpu, wall, n / wall, duplicates);
    }

    /** The near-duplicate half alone, storing what it needs as {@link Deduplicator#decide} would; copies found. */
    private static int runNearDuplicates(List<Article> articles) {
        DedupeSettings settings = DedupeSettings.defaults();
        NearDuplicateDetector near = new NearDuplicateDetector(settings);
        InMemoryDedupeStore store = new InMemoryDedupeStore(settings.retention());
        int duplicates = 0;
        for (Article a : articles) {
            NearDuplicateDetector.Sketched s = near.sketch(Deduplicator.bodyOf(a));
            List<StoredArticle> candidates = new ArrayList<>();
            for (DedupeStore.Posting p : near.collisions(s, store).values()) store.get(p).ifPresent(candidates::add);
            NearDuplicateDetector.Match original = near.original(s, candidates, a.id(), a.published());
            if (original != null) {
                duplicates++;
                store.put(StoredArticle.copy(a.id(), a.source(), a.published(), a.contentHash(), a.id(),
                        original.article().id()));
                continue;
            }
            MinHashSketcher.Sketches k = s.sketches();
            store.put(new StoredArticle(a.id(), a.source(), a.published(), a.contentHash(), a.id(), null,
                    MinHashSketcher.encode(k.full()), MinHashSketcher.encode(k.lead()), k.shingles(), k.leadShingles(),
                    List.of(), new int[0]));
            near.post(s, a.id(), a.published(), store);
        }
        return duplicates;
    }

    private static int runDecisions(List<Article> articles) {
        Deduplicator dedupe = new Deduplicator(DedupeSettings.defaults());
        InMemoryDedupeStore store = new InMemoryDedupeStore(DedupeSettings.defaults().retention());
        int duplicates = 0;
        for (Article a : articles) if (dedupe.decide(a, store).isDuplicate()) duplicates++;
        return duplicates;
    }

    static List<Article> articles(int n, int bytes, long seed) {
        Random random = new Random(seed);
        String[] vocabulary = vocabulary(random);
        double[] cumulative = zipf(VOCABULARY);
        List<Article> out = new ArrayList<>(n);
        Instant t = Instant.parse("2026-03-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            t = t.plus(Duration.ofSeconds(30));
            String text;
            if (i > 10 && random.nextInt(5) == 0) {
                String earlier = out.get(random.nextInt(i)).text();
                text = "By A. Writer, Staff Reporter\n" + earlier.substring(0, earlier.length() * 9 / 10);
            } else {
                StringBuilder sb = new StringBuilder(bytes + 16);
                while (sb.length() < bytes) {
                    int sentence = 8 + random.nextInt(20);
                    for (int w = 0; w < sentence; w++) {
                        String word = vocabulary[draw(cumulative, random)];
                        if (w == 0) word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                        sb.append(word).append(w == sentence - 1 ? ". " : " ");
                    }
                    if (random.nextInt(4) == 0) sb.append('\n');
                }
                text = sb.toString();
            }
            out.add(SyndicationSetGenerator.article("bench-" + seed + "-" + i, "Outlet " + (i % 50), t,
                    text.substring(0, Math.min(60, text.length())), text));
        }
        return out;
    }

    private static String[] vocabulary(Random random) {
        String[] words = new String[VOCABULARY];
        List<String> common = ResourceLines.read("/dedupe/stopwords.txt");
        for (int i = 0; i < common.size(); i++) words[i] = common.get(i);
        for (int i = common.size(); i < VOCABULARY; i++) {
            char[] c = new char[3 + random.nextInt(8)];
            for (int k = 0; k < c.length; k++) c[k] = (char) ('a' + random.nextInt(26));
            words[i] = new String(c);
        }
        return words;
    }

    private static double[] zipf(int n) {
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) c[i] = sum += 1.0 / (i + 1);
        for (int i = 0; i < n; i++) c[i] /= sum;
        return c;
    }

    private static int draw(double[] cumulative, Random random) {
        int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(cumulative.length - 1, at >= 0 ? at : -at - 1);
    }
}
