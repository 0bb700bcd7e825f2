package org.newsagg.streams.dedupe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.newsagg.model.Article;
import org.newsagg.model.JsonSerde;

/**
 * The streams stage's binary formats give back exactly what was written, and still read the JSON the stage wrote
 * before them (a changelog restored or a record in flight across an upgrade).
 */
class BinarySerdesTest {

    private static final String TOPIC = "t";

    static Article article() {
        return new Article("a1", "https://x.example/1", "https://x.example/c/1", "X News", "https://x.example/rss",
                "Flood in Dhaka — évacuation", "Summary.", "Text with ünïcode, emoji \uD83C\uDF0A and\nnew lines.",
                Instant.parse("2026-12-01T10:15:30.123456789Z"), Instant.parse("2026-12-01T10:16:00Z"), "en",
                "hash-1");
    }

    static StoredArticle stored() {
        Map<String, Integer> dates = new LinkedHashMap<>();
        dates.put("tuesday", 2);
        dates.put("2026", 1);
        dates.put("december", 1);
        return new StoredArticle("a1", "X News", Instant.parse("2026-12-01T10:15:30.5Z"), "hash-1", "story-9", null,
                "AAECAw==", "BAUG", 140, 35, new ArrayList<>(List.of("Dhaka", "flood", "évacuation")),
                new int[] {812, 401, -3}, dates);
    }

    static void assertSame(StoredArticle expected, StoredArticle actual) {
        assertEquals(expected.id(), actual.id());
        assertEquals(expected.source(), actual.source());
        assertEquals(expected.published(), actual.published());
        assertEquals(expected.contentHash(), actual.contentHash());
        assertEquals(expected.storyId(), actual.storyId());
        assertEquals(expected.duplicateOf(), actual.duplicateOf());
        assertEquals(expected.sketch(), actual.sketch());
        assertEquals(expected.leadSketch(), actual.leadSketch());
        assertEquals(expected.shingles(), actual.shingles());
        assertEquals(expected.leadShingles(), actual.leadShingles());
        assertEquals(expected.terms(), actual.terms());
        assertArrayEquals(expected.weights(), actual.weights());
        assertEquals(new ArrayList<>(expected.dates().entrySet()), new ArrayList<>(actual.dates().entrySet()));
    }

    @Test
    void storedArticleRoundTripsExactly() {
        StoredArticleSerde serde = new StoredArticleSerde();
        byte[] bytes = serde.serialize(TOPIC, stored());
        assertEquals(StoredArticleSerde.VERSION, bytes[0]);
        assertSame(stored(), serde.deserialize(TOPIC, bytes));
        StoredArticle copy = StoredArticle.copy("a2", null, Instant.parse("2026-12-01T11:00:00Z"), null, "story-9", "a1");
        assertSame(copy, serde.deserialize(TOPIC, serde.serialize(TOPIC, copy)));
        assertNull(serde.deserialize(TOPIC, null));
    }

    @Test
    void storedArticleReadsTheEarlierJson() {
        byte[] json = new JsonSerde<>(StoredArticle.class).serialize(TOPIC, stored());
        assertSame(stored(), new StoredArticleSerde().deserialize(TOPIC, json));
        // An entry written before dates were kept.
        byte[] noDates = ("{\"id\":\"a3\",\"source\":\"Y\",\"published\":\"2026-12-01T09:00:00Z\",\"contentHash\":\"h\","
                + "\"storyId\":\"a3\",\"sketch\":\"AA==\",\"leadSketch\":\"AA==\",\"shingles\":5,\"leadShingles\":2,"
                + "\"terms\":[\"flood\"],\"weights\":[1000]}").getBytes(StandardCharsets.UTF_8);
        StoredArticle read = new StoredArticleSerde().deserialize(TOPIC, noDates);
        assertEquals(List.of("flood"), read.terms());
        assertEquals(Map.of(), read.dates());
        assertSame(read, new StoredArticleSerde().deserialize(TOPIC, new StoredArticleSerde().serialize(TOPIC, read)));
    }

    @Test
    void dedupeOutcomeRoundTripsExactly() {
        DedupeOutcomeSerde serde = new DedupeOutcomeSerde();
        DedupeOutcome unique = new DedupeOutcome(article(), new DedupeDecision(DedupeDecision.UNIQUE, null, 0.0, "a1"),
                null, Instant.parse("2026-12-01T10:20:00Z"), null);
        DedupeOutcome lateCopy = new DedupeOutcome(article(), new DedupeDecision(DedupeDecision.NEAR, "a0", 0.8731, "s"),
                "Y Wire", Instant.parse("2026-12-03T00:00:00.000000001Z"), "copy of article a0, which was late");
        Article sparse = new Article("a4", null, null, null, null, "Title", null, null,
                Instant.parse("2026-12-01T10:00:00Z"), null, null, null);
        DedupeOutcome nulls = new DedupeOutcome(sparse, new DedupeDecision(DedupeDecision.EXACT, "a0", 1.0, null), null,
                null, null);
        for (DedupeOutcome o : List.of(unique, lateCopy, nulls)) {
            byte[] bytes = serde.serialize(TOPIC, o);
            assertEquals(DedupeOutcomeSerde.VERSION, bytes[0]);
            assertEquals(o, serde.deserialize(TOPIC, bytes));
        }
        assertEquals(0.8731, serde.deserialize(TOPIC, serde.serialize(TOPIC, lateCopy)).decision().similarity());
    }

    @Test
    void dedupeOutcomeReadsTheEarlierJson() {
        DedupeOutcome o = new DedupeOutcome(article(), new DedupeDecision(DedupeDecision.UNIQUE, null, 0.0, "story-2"),
                null, Instant.parse("2026-12-01T10:20:00Z"), null);
        JsonSerde<DedupeOutcome> earlier = new JsonSerde<>(DedupeOutcome.class);
        byte[] json = earlier.serialize(TOPIC, o);
        DedupeOutcome read = new DedupeOutcomeSerde().deserialize(TOPIC, json);
        // Read as the earlier version read it. That JSON was not exact: Jackson wrote isLate() as "late": false over
        // the reason, so an on-time outcome came back with late = "false". Only the unique, on-time outcomes cross
        // the topic, and tagging reads none of that field: the article, the story and the watermark are exact.
        assertEquals(earlier.deserialize(TOPIC, json), read);
        assertEquals("false", read.late());
        assertEquals(o.article(), read.article());
        assertEquals(o.decision(), read.decision());
        assertEquals(o.watermark(), read.watermark());
    }

    @Test
    void unknownVersionsAndTruncatedValuesAreRefused() {
        byte[] bytes = new DedupeOutcomeSerde().serialize(TOPIC, new DedupeOutcome(article(),
                new DedupeDecision(DedupeDecision.UNIQUE, null, 0.0, "a1"), null, null, null));
        assertThrows(SerializationException.class,
                () -> new DedupeOutcomeSerde().deserialize(TOPIC, java.util.Arrays.copyOf(bytes, bytes.length - 3)));
        assertThrows(SerializationException.class, () -> new DedupeOutcomeSerde().deserialize(TOPIC, new byte[] {9}));
        byte[] stored = new StoredArticleSerde().serialize(TOPIC, stored());
        assertThrows(SerializationException.class,
                () -> new StoredArticleSerde().deserialize(TOPIC, java.util.Arrays.copyOf(stored, 20)));
        assertThrows(SerializationException.class, () -> new StoredArticleSerde().deserialize(TOPIC, new byte[0]));
    }
}
