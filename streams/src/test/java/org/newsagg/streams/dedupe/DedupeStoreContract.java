package org.newsagg.streams.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsagg.streams.dedupe.DedupeStore.Posting;

/**
 * What every {@link DedupeStore} must do, so that the offline CLI (in memory) and the topology (state stores)
 * decide alike. Each implementation's test extends this with a factory.
 */
abstract class DedupeStoreContract {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final Duration RETENTION = Duration.ofDays(7);

    abstract DedupeStore newStore(Duration retention);

    @Test
    void postingsComeBackOldestFirstEvenWhenPostedOutOfOrder() {
        DedupeStore store = newStore(RETENTION);
        store.post("k", "late", T0.plusSeconds(100));
        store.post("k", "early", T0);
        store.post("k", "middle", T0.plusSeconds(50));
        assertEquals(List.of(new Posting("early", T0.toEpochMilli()), new Posting("middle", T0.toEpochMilli() + 50_000),
                new Posting("late", T0.toEpochMilli() + 100_000)), store.postings("k", 10));
    }

    @Test
    void aLimitKeepsTheNewestPostings() {
        DedupeStore store = newStore(RETENTION);
        for (int i = 0; i < 5; i++) store.post("k", "a" + i, T0.plusSeconds(i));
        assertEquals(List.of("a3", "a4"), store.postings("k", 2).stream().map(Posting::id).toList());
    }

    @Test
    void unknownKeysHaveNothing() {
        DedupeStore store = newStore(RETENTION);
        assertEquals(List.of(), store.postings("nothing", 10));
        assertEquals(Optional.empty(), store.get("nothing"));
        assertEquals(0, store.documentFrequency("nothing"));
    }

    @Test
    void anArticleIsFoundByIdAndByItsPosting() {
        DedupeStore store = newStore(RETENTION);
        store.put(stored("a", T0));
        store.post("k", "a", T0);
        assertEquals("a", store.get("a").orElseThrow().id());
        assertEquals("a", store.get(store.postings("k", 1).get(0)).orElseThrow().id());
    }

    @Test
    void entriesOlderThanTheRetentionBehindStreamTimeAreGone() {
        DedupeStore store = newStore(RETENTION);
        store.put(stored("old", T0));
        store.post("k", "old", T0);
        Posting oldPosting = store.postings("k", 1).get(0);
        store.post("k", "new", T0.plus(Duration.ofDays(8)));
        assertEquals(Optional.empty(), store.get("old"));
        assertEquals(Optional.empty(), store.get(oldPosting));
        assertEquals(List.of("new"), store.postings("k", 10).stream().map(Posting::id).toList());
    }

    @Test
    void documentFrequencyCountsArticlesByDayWithinTheRetention() {
        DedupeStore store = newStore(RETENTION);
        store.countDocument("quake", T0);
        store.countDocument("quake", T0.plusSeconds(60));
        store.countDocument("quake", T0.plus(Duration.ofDays(3)));
        store.countDocument("flood", T0);
        assertEquals(3, store.documentFrequency("quake"));
        assertEquals(1, store.documentFrequency("flood"));
        // Stream time 8 days on: the first retained day is T0 + 1 day, so T0's two count no more.
        store.countDocument("flood", T0.plus(Duration.ofDays(8)));
        assertEquals(1, store.documentFrequency("quake"));
        assertEquals(1, store.documentFrequency("flood"));
    }

    @Test
    void aDayAtTheRetentionsEdgeCountsWhole() {
        DedupeStore store = newStore(RETENTION);
        store.countDocument("quake", T0);
        store.post("k", "a", T0);
        store.countDocument("other", T0.plus(RETENTION).plusSeconds(3600));
        // The cutoff falls an hour after T0, on T0's day: the posting at T0 is gone, but that day still counts, whole.
        assertTrue(store.postings("k", 1).isEmpty());
        assertEquals(1, store.documentFrequency("quake"));
    }

    static StoredArticle stored(String id, Instant at) {
        return new StoredArticle(id, "Outlet", at, "hash-" + id, id, null, "AAAAAQ", "AAAAAg", 10, 5,
                List.of("corvant", "marle"), new int[] {600, 800});
    }
}
