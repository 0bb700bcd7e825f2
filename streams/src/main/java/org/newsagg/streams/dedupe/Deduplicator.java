package org.newsagg.streams.dedupe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import org.newsagg.model.Article;

/**
 * Decides, for each article in arrival order, whether it is an exact copy, a near copy (syndication, truncation,
 * light edits) or a unique article, and which story it belongs to; the streams topology runs one per task over
 * window stores, the CLI over {@link InMemoryDedupeStore}. The rule is in docs/dedupe.md. Not thread-safe.
 */
public final class Deduplicator {

    /** Most recent ids read from one term's postings: enough for a live story, bounded for a common term. */
    private static final int POSTINGS_READ = 64;
    /** Most recent ids read from a content hash: as for an LSH band, the newest lead to the original. */
    private static final int COLLISIONS_READ = NearDuplicateDetector.COLLISIONS_READ;
    /** Best story candidates also checked as originals, besides the LSH collisions. */
    private static final int COPY_CHECKS = 5;
    /** Candidate stories whose centroids are compared, nearest member first. */
    private static final int STORIES_COMPARED = 3;
    /** Most recent members a story's centroid is built from. */
    private static final int MEMBERS_READ = 10;
    /** Stories whose centroids are kept between decisions: those of the live stories an article is compared with. */
    private static final int CENTROIDS_KEPT = 256;

    /**
     * Entity cosine from which a story and an article share too many names for their different protagonists to
     * count: a report that follows the minister rather than the flooded town, yet names the town's river, district
     * and bridge, is a new angle on the same event (docs/dedupe.md).
     */
    private static final double PROTAGONIST_ENTITY_CEILING = 0.5;

    private final DedupeSettings settings;
    private final NearDuplicateDetector near;
    private final StoryProfiler profiler;
    private final EventSignature signature = new EventSignature();
    private final StoryCentroid.Cache centroids = new StoryCentroid.Cache(CENTROIDS_KEPT);

    public Deduplicator(DedupeSettings settings) {
        this.settings = settings;
        this.near = new NearDuplicateDetector(settings);
        this.profiler = new StoryProfiler(settings.profileTerms(), settings.indexTerms(), settings.properNounBoost(),
                settings.titleBoost(), settings.maxPostings());
    }

    /** The decision for one article; also records in the store what later articles need to be compared with it. */
    public DedupeDecision decide(Article article, DedupeStore store) {
        Instant published = publishedOf(article);

        Optional<DedupeDecision> exact = exactCopy(article, published, store);
        if (exact.isPresent()) return exact.get();

        NearDuplicateDetector.Sketched sketched = near.sketch(bodyOf(article));
        WordTokenizer.Words body = sketched.body();
        WordTokenizer.Words title = near.words(article.title());
        MinHashSketcher.Sketches sketches = sketched.sketches();
        Map<String, Integer> documentFrequency = new HashMap<>();
        StoryProfiler.Profile profile = profiler.profile(title, body, term -> {
            int df = store.documentFrequency(term);
            documentFrequency.put(term, df);
            return df;
        });

        // Candidates: LSH band collisions first (likely copies), then story candidates (which also catch the
        // truncated copies whose whole-body Jaccard is too low to collide in a band).
        Map<String, DedupeStore.Posting> nearIds = near.collisions(sketched, store);
        List<StoredArticle> storyCandidates = storyCandidates(profile, store);
        List<StoredArticle> nearCandidates = new ArrayList<>(nearIds.size() + COPY_CHECKS);
        for (DedupeStore.Posting p : nearIds.values()) store.get(p).ifPresent(nearCandidates::add);
        for (int i = 0; i < Math.min(COPY_CHECKS, storyCandidates.size()); i++) {
            if (!nearIds.containsKey(storyCandidates.get(i).id())) nearCandidates.add(storyCandidates.get(i));
        }

        NearDuplicateDetector.Match original = near.original(sketched, nearCandidates, article.id(), published);
        if (original != null) {
            StoredArticle o = original.article();
            store.put(StoredArticle.copy(article.id(), article.source(), published, article.contentHash(),
                    o.storyId(), o.id()));
            if (article.contentHash() != null) store.post(hashKey(article.contentHash()), article.id(), published);
            return new DedupeDecision(DedupeDecision.NEAR, o.id(), round(original.similarity()), o.storyId());
        }

        Map<String, Integer> dates = signature.dates(title, body); // only a unique article needs them
        String storyId = story(article, published, profile, dates, storyCandidates, store);
        store.put(new StoredArticle(article.id(), article.source(), published, article.contentHash(), storyId, null,
                MinHashSketcher.encode(sketches.full()), MinHashSketcher.encode(sketches.lead()),
                sketches.shingles(), sketches.leadShingles(), profile.terms(), profile.weights(), dates));
        if (article.contentHash() != null) store.post(hashKey(article.contentHash()), article.id(), published);
        store.post(storyKey(storyId), article.id(), published);
        near.post(sketched, article.id(), published, store);
        for (String term : profile.allTerms()) {
            store.countDocument(term, published);
            if (documentFrequency.get(term) < settings.maxPostings()) store.post(termKey(term), article.id(), published);
        }
        return new DedupeDecision(DedupeDecision.UNIQUE, null, 0.0, storyId);
    }

    private Optional<DedupeDecision> exactCopy(Article article, Instant published, DedupeStore store) {
        Optional<StoredArticle> sameId = store.get(article.id()).filter(a -> withinRetention(a, published));
        if (sameId.isPresent()) {
            return Optional.of(new DedupeDecision(DedupeDecision.EXACT, article.id(), 1.0, sameId.get().storyId()));
        }
        if (article.contentHash() == null) return Optional.empty();
        for (DedupeStore.Posting p : store.postings(hashKey(article.contentHash()), COLLISIONS_READ)) {
            Optional<StoredArticle> first = store.get(p).filter(a -> withinRetention(a, published));
            if (first.isPresent()) {
                StoredArticle a = first.get();
                // A re-poll under a new id is recorded too, so that its own re-polls are found by id.
                store.put(StoredArticle.copy(article.id(), article.source(), published, article.contentHash(),
                        a.storyId(), a.id()));
                return Optional.of(new DedupeDecision(DedupeDecision.EXACT, a.id(), 1.0, a.storyId()));
            }
        }
        return Optional.empty();
    }

    /** Stored unique articles sharing the most weight of this profile's heaviest terms, best first. */
    private List<StoredArticle> storyCandidates(StoryProfiler.Profile profile, DedupeStore store) {
        Map<String, Scored> scored = new HashMap<>(1024);
        int n = Math.min(settings.retrievalTerms(), profile.terms().size());
        for (int i = 0; i < n; i++) {
            long w = profile.weights()[i];
            for (DedupeStore.Posting p : store.postings(termKey(profile.terms().get(i)), POSTINGS_READ)) {
                Scored s = scored.get(p.id());
                if (s == null) scored.put(p.id(), s = new Scored(p));
                s.score += w;
            }
        }
        // Only the best few of several hundred are fetched: select them rather than sort them all. Ties go to the
        // smaller id, so the outcome never depends on hash order.
        int wanted = settings.maxCandidates();
        PriorityQueue<Scored> best = new PriorityQueue<>(wanted + 1, Scored.BEST_FIRST.reversed());
        for (Scored s : scored.values()) {
            // Most are no better than the worst kept: skip the add and poll that would drop them again.
            if (!best.isEmpty() && best.size() == wanted && Scored.BEST_FIRST.compare(s, best.peek()) > 0) continue;
            best.add(s);
            if (best.size() > wanted) best.poll();
        }
        List<Scored> ranked = new ArrayList<>(best);
        ranked.sort(Scored.BEST_FIRST);
        List<StoredArticle> out = new ArrayList<>();
        for (Scored s : ranked) store.get(s.posting).filter(a -> !a.isCopy()).ifPresent(out::add);
        if (out.size() < wanted && scored.size() > wanted) {
            // Some of the best are gone (expired, or copies): go on down the full ranking, as if it had been sorted.
            // The ranking is a total order (ties go to the smaller id, and ids are distinct), so it does not depend on
            // the order the candidates were scored in.
            List<Scored> all = new ArrayList<>(scored.values());
            all.sort(Scored.BEST_FIRST);
            for (int i = wanted; i < all.size() && out.size() < wanted; i++) {
                store.get(all.get(i).posting).filter(a -> !a.isCopy()).ifPresent(out::add);
            }
        }
        return out;
    }

    /** A story candidate's posting and the weight of the profile's terms it shares. */
    private static final class Scored {
        static final Comparator<Scored> BEST_FIRST = (a, b) -> a.score != b.score ? Long.compare(b.score, a.score)
                : a.posting.id().compareTo(b.posting.id());

        final DedupeStore.Posting posting;
        long score;

        Scored(DedupeStore.Posting posting) {
            this.posting = posting;
        }
    }

    /**
     * The story of a unique article: among the stories of its candidates published within the story window, the one
     * whose centroid (the sum of its recent members' profiles) is closest, if close enough; else its own.
     * Comparing with the whole story rather than its single nearest member keeps one off-topic member from
     * pulling in articles of a neighbouring event. Closeness is the cosine plus the agreement of the dates both
     * name, weighted, less a penalty when the two are about different protagonists.
     */
    private String story(Article article, Instant published, StoryProfiler.Profile profile,
            Map<String, Integer> dates, List<StoredArticle> candidates, DedupeStore store) {
        long window = settings.storyWindow().toMillis();
        Map<String, Integer> vector = StoryProfiler.index(profile.terms(), profile.weights());
        Map<String, Double> nearest = new HashMap<>();
        for (StoredArticle c : candidates) {
            if (Math.abs(c.published().toEpochMilli() - published.toEpochMilli()) > window) continue;
            nearest.merge(c.storyId(), StoryProfiler.cosine(vector, c.terms(), c.weights()), Math::max);
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(nearest.entrySet());
        ranked.sort((a, b) -> !a.getValue().equals(b.getValue())
                ? Double.compare(b.getValue(), a.getValue()) : a.getKey().compareTo(b.getKey()));
        Set<String> articleLead = Protagonists.of(vector);
        long vectorEntityNorm2 = 0;
        for (var e : vector.entrySet()) {
            if (StoryProfiler.isEntity(e.getKey())) vectorEntityNorm2 += (long) e.getValue() * e.getValue();
        }
        String chosen = null;
        double chosenSim = settings.storyThreshold();
        for (int i = 0; i < Math.min(STORIES_COMPARED, ranked.size()); i++) {
            String storyId = ranked.get(i).getKey();
            double[] sim = centroidSimilarity(vector, vectorEntityNorm2, articleLead, dates, storyId, published, window,
                    store);
            if (sim[1] < settings.storyEntityThreshold()) continue;
            if (sim[0] > chosenSim || (sim[0] == chosenSim && chosen == null)) {
                chosen = storyId;
                chosenSim = sim[0];
            }
        }
        return chosen == null ? article.id() : chosen;
    }

    /**
     * Closeness of a profile and its dates to a story: the cosine with the story's centroid over all terms plus the
     * weighted agreement of the dates (the members' summed), less the protagonist penalty when due; and the cosine
     * over entity terms only.
     */
    private double[] centroidSimilarity(Map<String, Integer> vector, long vectorEntityNorm2, Set<String> articleLead,
            Map<String, Integer> dates, String storyId, Instant published, long window, DedupeStore store) {
        List<DedupeStore.Posting> postings = store.postings(storyKey(storyId), MEMBERS_READ);
        List<StoredArticle> members = new ArrayList<>(postings.size());
        for (int k = postings.size() - 1; k >= 0; k--) {
            StoredArticle m = store.get(postings.get(k)).orElse(null);
            if (m == null || Math.abs(m.published().toEpochMilli() - published.toEpochMilli()) > window) continue;
            members.add(m);
        }
        StoryCentroid centroid = centroids.of(storyId, members);
        // The dot products over the article's 40 terms rather than the centroid's hundreds: the same terms pair up,
        // and integer sums are exact in any order (StoryCentroid).
        long dot = 0;
        long entityDot = 0;
        for (var e : vector.entrySet()) {
            Long w = centroid.weights.get(e.getKey());
            if (w == null) continue;
            long product = w * e.getValue();
            dot += product;
            if (StoryProfiler.isEntity(e.getKey())) entityDot += product;
        }
        double all = centroid.norm2 == 0 ? 0 : dot / (Math.sqrt(centroid.norm2) * StoryProfiler.SCALE);
        all += settings.storyDateWeight() * EventSignature.agreement(dates, centroid.dates);
        // Two articles naming no one cannot disagree on names: the entity test then passes.
        double entities = centroid.entityNorm2 == 0 || vectorEntityNorm2 == 0 ? 1.0
                : entityDot / (Math.sqrt(centroid.entityNorm2) * Math.sqrt(vectorEntityNorm2));
        if (entities < PROTAGONIST_ENTITY_CEILING
                && Protagonists.differ(vector, articleLead, centroid.weights, centroid.lead)) {
            all -= settings.storyProtagonistPenalty();
        }
        return new double[] {all, entities};
    }

    private boolean withinRetention(StoredArticle a, Instant published) {
        return near.withinRetention(a, published);
    }

    private static Instant publishedOf(Article a) {
        if (a.published() != null) return a.published();
        return a.fetched() != null ? a.fetched() : Instant.EPOCH;
    }

    /** The words that are the article's own: summary (unless the text repeats it) and text, not the headline. */
    static String bodyOf(Article a) {
        String summary = a.summary() == null ? "" : a.summary();
        String text = a.text() == null ? "" : a.text();
        if (text.isBlank()) return summary;
        if (summary.isBlank() || text.contains(summary)) return text;
        return summary + "\n" + text;
    }

    private static String hashKey(String contentHash) {
        return "h:" + contentHash;
    }

    private static String storyKey(String storyId) {
        return "s:" + storyId;
    }

    private static String termKey(String term) {
        return "t:" + term;
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
