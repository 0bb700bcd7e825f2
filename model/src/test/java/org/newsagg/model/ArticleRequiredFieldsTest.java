package org.newsagg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleRequiredFieldsTest {

    private static final Instant NOON = Instant.parse("2026-12-07T12:00:00Z");

    private static Article article(String id, Instant published, String title, String text) {
        return new Article(id, null, null, "example.org", null, title, null, text, published, null, "en", null);
    }

    @Test
    void anArticleWithIdTimeAndWordsLacksNothing() {
        assertEquals(List.of(), article("a1", NOON, "Title", null).missingRequiredFields());
        assertEquals(List.of(), article("a1", NOON, null, "Body only").missingRequiredFields());
    }

    @Test
    void eachMissingFieldIsNamedInOrder() {
        assertEquals(List.of("id"), article(" ", NOON, "Title", null).missingRequiredFields());
        assertEquals(List.of("published"), article("a1", null, "Title", null).missingRequiredFields());
        assertEquals(List.of("title or text"), article("a1", NOON, " ", "").missingRequiredFields());
        assertEquals(List.of("id", "published", "title or text"),
                article(null, null, null, null).missingRequiredFields());
    }
}
