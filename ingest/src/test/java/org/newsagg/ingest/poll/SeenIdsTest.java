package org.newsagg.ingest.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeenIdsTest {

    @Test
    void forgetsTheLeastRecentlySeenIdBeyondCapacity() {
        SeenIds ids = new SeenIds(2);
        assertTrue(ids.add("a"));
        assertTrue(ids.add("b"));
        assertFalse(ids.add("a")); // a is now the most recent
        assertTrue(ids.add("c")); // evicts b
        assertEquals(2, ids.size());
        assertTrue(ids.contains("a"));
        assertFalse(ids.contains("b"));
        assertTrue(ids.contains("c"));
    }
}
