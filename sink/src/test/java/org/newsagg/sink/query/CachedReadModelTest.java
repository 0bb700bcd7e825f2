package org.newsagg.sink.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.newsagg.model.Aggregate;
import org.newsagg.model.Trending;

class CachedReadModelTest {

    /** Answers each top-N with how many times it was asked, so a reused answer shows. */
    static final class CountingModel implements AggregateReadModel {
        final List<String> asked = new ArrayList<>();
        boolean failing;

        @Override
        public List<Aggregate> windows(String dimension, String key, String window, Instant from, Instant to) {
            asked.add("windows " + key);
            return List.of();
        }

        @Override
        public List<Aggregate> top(String dimension, String window, Instant windowStart, int n) {
            asked.add("top " + dimension + " " + n);
            if (failing) throw new QueryUnavailableException("peer down");
            return List.of(new Aggregate(1, dimension, "K" + asked.size(), window, windowStart, windowStart, 1, 1, 1, 0,
                    0, 0.0, windowStart, windowStart, List.of()));
        }

        @Override
        public Optional<Instant> newestEvent() {
            asked.add("newest");
            return Optional.of(Instant.EPOCH);
        }

        @Override
        public Optional<Instant> latestWindowStart(String window) {
            asked.add("latest " + window);
            return Optional.of(Instant.EPOCH);
        }

        @Override
        public Optional<Trending> trending(String dimension) {
            asked.add("trending " + dimension);
            return Optional.empty();
        }
    }

    final AtomicLong clock = new AtomicLong(1_000_000_000L);
    final CountingModel model = new CountingModel();
    final CachedReadModel cached = new CachedReadModel(model, Duration.ofSeconds(2), clock::get);
    final Instant start = Instant.parse("2025-03-10T00:00:00Z");

    @Test
    void aTopAnswerIsReusedUntilItsTimeToLiveHasPassed() {
        assertEquals("K1", cached.top("actor", "24h", start, 10).get(0).key());
        clock.addAndGet(Duration.ofMillis(1999).toNanos());
        assertEquals("K1", cached.top("actor", "24h", start, 10).get(0).key());
        clock.addAndGet(Duration.ofMillis(1).toNanos());
        assertEquals("K2", cached.top("actor", "24h", start, 10).get(0).key());
        assertEquals(List.of("top actor 10", "top actor 10"), model.asked);
    }

    @Test
    void differentQuestionsAreCachedApartAndPointLookupsPassThrough() {
        cached.top("actor", "24h", start, 10);
        cached.top("actor", "24h", start, 5);
        cached.top("dyad", "24h", start, 10);
        cached.windows("actor", "USAGOV", "1h", start, start);
        cached.windows("actor", "USAGOV", "1h", start, start);
        cached.latestWindowStart("24h");
        cached.latestWindowStart("24h");
        assertEquals(List.of("top actor 10", "top actor 5", "top dyad 10", "windows USAGOV", "windows USAGOV",
                "latest 24h"), model.asked);
    }

    @Test
    void aFailureIsNotCached() {
        model.failing = true;
        assertThrows(QueryUnavailableException.class, () -> cached.top("actor", "24h", start, 10));
        model.failing = false;
        assertEquals("K2", cached.top("actor", "24h", start, 10).get(0).key());
    }
}
