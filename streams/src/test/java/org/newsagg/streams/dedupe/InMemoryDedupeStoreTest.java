package org.newsagg.streams.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsagg.model.Json;

class InMemoryDedupeStoreTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void postingsComeBackOldestFirstEvenWhenPostedOutOfOrder() {
        InMemoryDedupeStore store = new InMemoryDedupeStore(Duration.ofDays(7));
        store.post("k", "late", T0.plusSeconds(100));
        store.post("k", "early", T0);
        store.post("k", "middle", T0.plusSeconds(50));
        assertEquals(List.of("early", "middle", "late"), store.postings("k"));
    }

    @Test
    void entriesOlderThanRetentionBehindStreamTimeExpire() {
        InMemoryDedupeStore store = new InMemoryDedupeStore(Duration.ofDays(7));
        store.put(stored("old", T0));
        store.post("k", "old", T0);
        store.post("k", "new", T0.plus(Duration.ofDays(8)));
        assertEquals(Optional.empty(), store.get("old"));
        assertEquals(List.of("new"), store.postings("k"));
    }

    @Test
    void unknownKeyHasNoPostings() {
        assertEquals(List.of(), new InMemoryDedupeStore(Duration.ofDays(1)).postings("nothing"));
    }

    @Test
    void storedArticleRoundTripsThroughTheSharedJson() throws Exception {
        StoredArticle a = stored("a", T0);
        StoredArticle back = Json.MAPPER.readValue(Json.write(a), StoredArticle.class);
        assertEquals(a.id(), back.id());
        assertEquals(a.published(), back.published());
        assertEquals(a.sketch(), back.sketch());
        assertEquals(a.terms(), back.terms());
        assertEquals(List.of(600, 800), java.util.Arrays.stream(back.weights()).boxed().toList());
    }

    private static StoredArticle stored(String id, Instant at) {
        return new StoredArticle(id, "Outlet", at, "hash-" + id, id, null, "AAAAAQ", "AAAAAg", 10, 5,
                List.of("corvant", "marle"), new int[] {600, 800});
    }
}
