package org.newsagg.ingest.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsagg.ingest.publish.ArticleSink;
import org.newsagg.ingest.publish.InMemoryArticleSink;
import org.newsagg.model.Article;

class ReplayerTest {

    private static Article article(String id, String published, String feed) {
        return new Article(id, null, null, "S", feed, id, null, null, Instant.parse(published),
                Instant.parse("2026-03-04T00:00:00Z"), null, "h");
    }

    private final Article a = article("a", "2026-03-03T10:00:00Z", "f1");
    private final Article b = article("b", "2026-03-03T10:00:00Z", "f2");
    private final Article c = article("c", "2026-03-03T10:01:00Z", "f1");
    private final Article d = article("d", "2026-03-03T10:03:00Z", "f1");

    @Test
    void publishesInPublicationThenIdOrderAsFastAsPossible() {
        InMemoryArticleSink sink = new InMemoryArticleSink();
        List<Duration> waits = new ArrayList<>();
        ReplaySummary summary = new Replayer(sink, waits::add).replay(List.of(d, c, b, a), 0, null);
        assertEquals(List.of(a, b, c, d), sink.articles());
        assertEquals(List.of(), waits);
        assertEquals(4, summary.articles());
        assertEquals(2, summary.feeds());
        assertEquals(0, summary.errors());
    }

    @Test
    void pacedReplayWaitsTheGapsDividedBySpeed() {
        InMemoryArticleSink sink = new InMemoryArticleSink();
        List<Duration> waits = new ArrayList<>();
        new Replayer(sink, waits::add).replay(List.of(a, b, c, d), 60, null);
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), waits);
    }

    @Test
    void publishErrorsAreCountedAndTheRestStillPublished() {
        List<Article> published = new ArrayList<>();
        ArticleSink failingOnB = new ArticleSink() {
            @Override
            public void publish(Article article) {
                if (article.id().equals("b")) throw new IllegalStateException("no room");
                published.add(article);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReplaySummary summary = new Replayer(failingOnB, x -> {})
                .replay(List.of(a, b, c), 0, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(List.of(a, c), published);
        assertEquals(1, summary.errors());
        assertEquals("cannot publish b: no room", out.toString(StandardCharsets.UTF_8).lines().findFirst().orElse(""));
    }
}
