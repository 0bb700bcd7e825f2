package org.newsagg.streams.dedupe;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The near-duplicate half of the dedupe decision: cleans a body, sketches it, looks its LSH band keys up and
 * verifies candidates on their sketches. {@link Deduplicator} adds the story candidates and the story choice; being
 * a class of its own lets {@link DedupeBenchmark} time this half alone, which is what the speed target names.
 * Not thread-safe.
 */
final class NearDuplicateDetector {

    /**
     * Most recent ids read from an LSH band: many articles sharing one are copies of one original, and the newest of
     * them lead to it as well as the rest would.
     */
    static final int COLLISIONS_READ = 32;

    /** A cleaned body, its words, its sketches and the LSH keys they fall under. */
    record Sketched(WordTokenizer.Words body, MinHashSketcher.Sketches sketches, List<String> bandKeys) {}

    /** A candidate original; the most similar wins, then the earliest published, then the smallest id. */
    record Match(StoredArticle article, double similarity) {
        boolean betterThan(Match o) {
            if (similarity != o.similarity) return similarity > o.similarity;
            int t = article.published().compareTo(o.article.published());
            if (t != 0) return t < 0;
            return article.id().compareTo(o.article.id()) < 0;
        }
    }

    private final DedupeSettings settings;
    private final BoilerplateStripper stripper = new BoilerplateStripper();
    private final WordTokenizer tokenizer = new WordTokenizer();
    private final MinHashSketcher sketcher;
    private final int rows;

    NearDuplicateDetector(DedupeSettings settings) {
        this.settings = settings;
        this.sketcher = new MinHashSketcher(settings.shingleSize(), DedupeSettings.SKETCH_HASHES,
                DedupeSettings.SKETCH_HASHES / 2, settings.leadShingles());
        this.rows = DedupeSettings.SKETCH_HASHES / settings.bands();
    }

    /** The words of a text without its boilerplate. */
    WordTokenizer.Words words(String text) {
        return tokenizer.tokenize(stripper.strip(text));
    }

    Sketched sketch(String body) {
        WordTokenizer.Words words = words(body);
        MinHashSketcher.Sketches sketches = sketcher.sketch(words.words(), words.size());
        return new Sketched(words, sketches, bandKeys(sketches));
    }

    /** Postings of the articles sharing an LSH band with this one, each id once, in band order. */
    Map<String, DedupeStore.Posting> collisions(Sketched s, DedupeStore store) {
        Map<String, DedupeStore.Posting> ids = new LinkedHashMap<>();
        for (String key : s.bandKeys()) {
            for (DedupeStore.Posting p : store.postings(key, COLLISIONS_READ)) ids.putIfAbsent(p.id(), p);
        }
        return ids;
    }

    /** The candidate this body is a copy of, or null: unique originals within the retention, verified on sketches. */
    Match original(Sketched s, List<StoredArticle> candidates, String id, Instant published) {
        Match best = null;
        for (StoredArticle c : candidates) {
            if (c.isCopy() || c.id().equals(id) || !withinRetention(c, published)) continue;
            double similarity = copySimilarity(s.sketches(), c);
            if (similarity < 0) continue;
            Match m = new Match(c, similarity);
            if (best == null || m.betterThan(best)) best = m;
        }
        return best;
    }

    /** Posts a unique article under its band keys, so that later copies collide with it. */
    void post(Sketched s, String id, Instant published, DedupeStore store) {
        if (s.sketches().shingles() > 0) for (String key : s.bandKeys()) store.post(key, id, published);
    }

    boolean withinRetention(StoredArticle a, Instant published) {
        return Duration.between(a.published(), published).abs().compareTo(settings.retention()) <= 0;
    }

    /**
     * How much of a copy of {@code c} this body is, or -1 when it is not one: whole-body Jaccard, or containment of
     * the shorter body in the longer (a cut copy), or containment of the shorter lead in the longer (a truncation).
     */
    private double copySimilarity(MinHashSketcher.Sketches s, StoredArticle c) {
        if (s.shingles() == 0 || c.shingles() == 0) return -1;
        double j = MinHashSketcher.jaccard(s.full(), MinHashSketcher.decode(c.sketch()));
        if (j >= settings.nearThreshold()) return j;
        double best = -1;
        double contained = MinHashSketcher.containment(j, s.shingles(), c.shingles());
        if (j >= settings.containmentFloor() && contained >= settings.containmentThreshold()) best = contained;
        // The lead rule only speaks for a text that is mostly lead: a summary, or the first paragraphs.
        if (Math.min(s.shingles(), c.shingles()) <= 2 * settings.leadShingles()) {
            double jl = MinHashSketcher.jaccard(s.lead(), MinHashSketcher.decode(c.leadSketch()));
            double leadContained = MinHashSketcher.containment(jl, s.leadShingles(), c.leadShingles());
            if (leadContained >= settings.containmentThreshold() && jl >= settings.containmentFloor()) {
                best = Math.max(best, leadContained);
            }
        }
        return best;
    }

    private List<String> bandKeys(MinHashSketcher.Sketches s) {
        List<String> keys = new ArrayList<>(settings.bands() + s.lead().length / rows);
        addBands("b", s.full(), keys);
        addBands("l", s.lead(), keys);
        return keys;
    }

    private void addBands(String prefix, int[] sketch, List<String> keys) {
        for (int b = 0; b + rows <= sketch.length; b += rows) {
            long h = b;
            for (int r = b; r < b + rows; r++) h = MinHashSketcher.mix(h * 31 + sketch[r]);
            keys.add(prefix + (b / rows) + ":" + Long.toHexString(h));
        }
    }
}
