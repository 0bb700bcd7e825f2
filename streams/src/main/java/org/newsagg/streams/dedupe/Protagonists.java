package org.newsagg.streams.dedupe;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Who an article or a story is most about: its heaviest proper nouns. Two events of one kind share their vocabulary
 * and many names (the team, the navy, the town) but seldom the one they are most about (the player put on injured
 * reserve, the warship, the man who died), so the story decision counts it against a story when neither names the
 * other's protagonist (docs/dedupe.md, "Story").
 */
public final class Protagonists {

    private Protagonists() {}

    /**
     * The heaviest entity terms of a profile or a centroid, all of them when tied (a name and its parts often weigh
     * the same); empty when it names no one.
     */
    public static Set<String> of(Map<String, ? extends Number> weights) {
        long top = 0;
        for (var e : weights.entrySet()) {
            if (StoryProfiler.isEntity(e.getKey())) top = Math.max(top, e.getValue().longValue());
        }
        Set<String> lead = new HashSet<>();
        if (top == 0) return lead;
        for (var e : weights.entrySet()) {
            if (StoryProfiler.isEntity(e.getKey()) && e.getValue().longValue() == top) lead.add(e.getKey());
        }
        return lead;
    }

    /**
     * Whether an article (its profile and its protagonists) and a story (its centroid) are about different
     * protagonists: the story names none of the article's, and the article none of the story's. False when either
     * names no one. A new article on the same event names the story's protagonist, or the story already names the
     * article's.
     */
    public static boolean differ(Map<String, ? extends Number> article, Set<String> articleLead,
            Map<String, ? extends Number> story) {
        if (articleLead.isEmpty() || namesAny(story, articleLead)) return false;
        Set<String> storyLead = of(story);
        return !storyLead.isEmpty() && !namesAny(article, storyLead);
    }

    /** As {@link #differ(Map, Set, Map)}, with the story's protagonists already known ({@link #of} the story). */
    public static boolean differ(Map<String, ? extends Number> article, Set<String> articleLead,
            Map<String, ? extends Number> story, Set<String> storyLead) {
        if (articleLead.isEmpty() || namesAny(story, articleLead)) return false;
        return !storyLead.isEmpty() && !namesAny(article, storyLead);
    }

    /**
     * Whether a profile or centroid has any of these entities, capitalised or not: a name that only a Title Case
     * headline gives is a common word there (such capitals are not evidence), and is still the same name.
     */
    private static boolean namesAny(Map<String, ?> terms, Set<String> entities) {
        for (String e : entities) {
            String lowerCase = Character.toLowerCase(e.charAt(0)) + e.substring(1);
            if (terms.containsKey(e) || terms.containsKey(lowerCase)) return true;
        }
        return false;
    }
}
