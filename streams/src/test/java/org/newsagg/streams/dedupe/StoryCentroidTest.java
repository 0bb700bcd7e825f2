package org.newsagg.streams.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryCentroidTest {

    private static StoredArticle member(String id, List<String> terms, int[] weights, Map<String, Integer> dates) {
        return new StoredArticle(id, "outlet", Instant.parse("2026-12-07T10:00:00Z"), null, "s1", null, "", "", 10, 5,
                terms, weights, dates);
    }

    private static final StoredArticle FLOOD = member("a1", List.of("Severn", "flood", "Tewkesbury"),
            new int[] {700, 600, 400}, Map.of("dfriday", 2));
    private static final StoredArticle FOLLOW_UP = member("a2", List.of("flood", "Severn", "insurance"),
            new int[] {800, 500, 300}, Map.of("dfriday", 1, "mdecember", 1));

    @Test
    void sumsTheMembersWeightsNormsDatesAndProtagonists() {
        StoryCentroid c = new StoryCentroid.Cache(4).of("s1", List.of(FLOOD, FOLLOW_UP));
        assertEquals(Map.of("Severn", 1200L, "flood", 1400L, "Tewkesbury", 400L, "insurance", 300L), c.weights);
        assertEquals(1200L * 1200 + 1400L * 1400 + 400L * 400 + 300L * 300, c.norm2);
        assertEquals(1200L * 1200 + 400L * 400, c.entityNorm2);
        assertEquals(Map.of("dfriday", 3, "mdecember", 1), c.dates);
        assertEquals(Set.of("Severn"), c.lead);
    }

    @Test
    void keptWhileTheSameMembersAreComparedAndRebuiltWhenTheyChange() {
        StoryCentroid.Cache cache = new StoryCentroid.Cache(4);
        StoryCentroid both = cache.of("s1", List.of(FLOOD, FOLLOW_UP));
        assertSame(both, cache.of("s1", List.of(FLOOD, FOLLOW_UP)));

        // One member out of the story window: rebuilt from the other alone.
        StoryCentroid one = cache.of("s1", List.of(FOLLOW_UP));
        assertNotSame(both, one);
        assertEquals(Map.of("flood", 800L, "Severn", 500L, "insurance", 300L), one.weights);

        // Equal content read again from the store is another object: rebuilt, to the same values.
        StoredArticle reread = member("a2", FOLLOW_UP.terms(), FOLLOW_UP.weights().clone(), FOLLOW_UP.dates());
        StoryCentroid again = cache.of("s1", List.of(reread));
        assertNotSame(one, again);
        assertEquals(one.weights, again.weights);
        assertEquals(one.norm2, again.norm2);
    }
}
