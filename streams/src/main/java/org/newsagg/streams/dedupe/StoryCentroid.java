package org.newsagg.streams.dedupe;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the story decision needs of a story that does not depend on the article compared with it: the centroid (its
 * members' profile weights summed), its squared norms over all terms and over entity terms, its dates and its
 * protagonists. A busy story is compared with many articles in a row while its members stay the same, so the
 * centroid is kept and rebuilt only when the members it was built from change.
 *
 * <p>The norms are sums of squared integers (each member weight is at most {@link StoryProfiler#SCALE}, a story has
 * at most a few members), far below 2^53, so they are exact in a long as in the double the decision once summed
 * them in: the order of the sum does not matter and the decision is the same.
 */
final class StoryCentroid {

    /** The members it was built from, in the order they were added; compared by identity. */
    private final StoredArticle[] members;
    final Map<String, Long> weights;
    final long norm2;
    final long entityNorm2;
    /** The members' dates summed (docs/dedupe.md, "Story"). */
    final Map<String, Integer> dates;
    /** {@link Protagonists#of} the centroid. */
    final Set<String> lead;

    private StoryCentroid(List<StoredArticle> members) {
        this.members = members.toArray(new StoredArticle[0]);
        Map<String, Long> centroid = new HashMap<>();
        Map<String, Integer> storyDates = new HashMap<>();
        for (StoredArticle m : members) {
            EventSignature.addTo(storyDates, m.dates());
            for (int i = 0; i < m.terms().size(); i++) centroid.merge(m.terms().get(i), (long) m.weights()[i], Long::sum);
        }
        long norm = 0;
        long entityNorm = 0;
        for (var e : centroid.entrySet()) {
            long w = e.getValue();
            norm += w * w;
            if (StoryProfiler.isEntity(e.getKey())) entityNorm += w * w;
        }
        this.weights = centroid;
        this.norm2 = norm;
        this.entityNorm2 = entityNorm;
        this.dates = storyDates;
        this.lead = Protagonists.of(centroid);
    }

    /** Whether it was built from exactly these stored members (the same objects, in the same order). */
    private boolean builtFrom(List<StoredArticle> current) {
        if (current.size() != members.length) return false;
        for (int i = 0; i < members.length; i++) if (current.get(i) != members[i]) return false;
        return true;
    }

    /**
     * The centroids of recently compared stories, by story id. Identity of the stored members is a safe key: a
     * stored article is immutable, and one read again from the store after its decoded copy was dropped is another
     * object, so the centroid is rebuilt (the same) rather than reused.
     */
    static final class Cache {
        private final Map<String, StoryCentroid> byStory;

        Cache(int stories) {
            this.byStory = new LinkedHashMap<>(stories * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, StoryCentroid> eldest) {
                    return size() > stories;
                }
            };
        }

        /** The centroid of a story's members, built now or kept from a comparison with the same members. */
        StoryCentroid of(String storyId, List<StoredArticle> members) {
            StoryCentroid kept = byStory.get(storyId);
            if (kept != null && kept.builtFrom(members)) return kept;
            StoryCentroid built = new StoryCentroid(members);
            byStory.put(storyId, built);
            return built;
        }
    }
}
