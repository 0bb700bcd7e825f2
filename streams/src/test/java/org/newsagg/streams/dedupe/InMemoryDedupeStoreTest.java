package org.newsagg.streams.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsagg.model.Json;

class InMemoryDedupeStoreTest extends DedupeStoreContract {

    @Override
    DedupeStore newStore(Duration retention) {
        return new InMemoryDedupeStore(retention);
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
}
