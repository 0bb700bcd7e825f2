package org.newsagg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {

    static final Article ARTICLE = new Article("a1", "https://ex.org/a?utm_source=x", "https://ex.org/a", "Example",
            "https://ex.org/feed", "Title", "Summary", "Text", Instant.parse("2024-05-01T10:15:30Z"),
            Instant.parse("2024-05-01T10:20:00Z"), "en", "h1");

    @Test
    void articleRoundTripsWithIsoInstants() {
        JsonSerde<Article> serde = NewsSerdes.article();
        byte[] bytes = serde.serialize("t", ARTICLE);
        String json = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"published\":\"2024-05-01T10:15:30Z\""), json);
        assertEquals(ARTICLE, serde.deserialize("t", bytes));
    }

    @Test
    void taggedArticleRoundTrips() {
        TaggedArticle t = new TaggedArticle(ARTICLE, "s1", new Syndication(2, List.of("A", "B")),
                List.of(new ActorTag("USAGOV", "USA", "GOV", "Washington", 2)),
                List.of(new EventTag("112", "11", "Accuse", 3, -2.0, "ACCUSE", "USAGOV", "RUSMIL", "S.", "accuses",
                        EventTag.ASSERTED)),
                List.of("Acme Corp"));
        JsonSerde<TaggedArticle> serde = NewsSerdes.tagged();
        assertEquals(t, serde.deserialize("t", serde.serialize("t", t)));
    }

    @Test
    void unknownFieldsAreIgnoredSoOldReadersSurviveNewWriters() {
        String json = "{\"id\":\"x\",\"title\":\"T\",\"addedLater\":42}";
        Article a = NewsSerdes.article().deserialize("t", json.getBytes(StandardCharsets.UTF_8));
        assertEquals("x", a.id());
        assertEquals("T", a.title());
        assertNull(a.published());
    }

    @Test
    void garbageFailsWithASerializationExceptionNamingTypeAndTopic() {
        SerializationException e = assertThrows(SerializationException.class,
                () -> NewsSerdes.article().deserialize("news.raw", "not json".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("not a JSON Article on topic news.raw (8 bytes)"), e.getMessage());
    }

    @Test
    void fullTextSkipsASummaryRepeatedInTheText() {
        Article a = new Article("a", null, null, null, null, "Head", "First para.", "First para. Second para.",
                null, null, null, null);
        assertEquals("Head\n\nFirst para. Second para.", a.fullText());
    }
}
