package org.newsagg.ingest.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.newsagg.ingest.IngestConfig;
import org.newsagg.ingest.feeds.ArticleIdentity;
import org.newsagg.model.Article;
import org.newsagg.model.Settings;

class ArticleTextFetcherTest {

    private static final String STORY_TEXT = "The harbour reopened on Tuesday morning, three days after the storm tore two "
            + "fishing boats from their moorings. Harbour master Ines Varga said divers had checked the channel overnight "
            + "and found no wreckage blocking the entrance. Ferries to the islands will run a reduced timetable until "
            + "Friday while the damaged pier is inspected.";

    static final String STORY = STORY_TEXT;

    private static String page() {
        return new String(FeedServer.resource("/pages/story.html"), StandardCharsets.UTF_8);
    }

    @Test
    void mainTextIsTheArticleParagraphsWithoutBoilerplate() {
        assertEquals(STORY_TEXT, ArticleTextFetcher.mainText(Jsoup.parse(page())));
    }

    @Test
    void withoutAnArticleElementTheDensestParagraphContainerWins() {
        String html = page().replace("<article>", "<div class=\"story\">").replace("</article>", "</div>");
        assertEquals(STORY_TEXT, ArticleTextFetcher.mainText(Jsoup.parse(html)));
    }

    @Test
    void aPageWithOnlyATeaserHasNoMainText() {
        assertNull(ArticleTextFetcher.mainText(Jsoup.parse("<html><body><article><p>Read more soon.</p></article></body></html>")));
    }

    @Test
    void fetchesThePageAndReplacesTextAndContentHash() throws Exception {
        try (FeedServer server = new FeedServer()) {
            ArticleTextFetcher fetcher = new ArticleTextFetcher(
                    IngestConfig.from(Settings.of(Map.of("newsagg.ingest.fetch-full-text", "true"))));
            Article teaser = new Article("id1", server.url("/page"), server.url("/page"), "Harbour Gazette", "f",
                    "Harbour reopens", "Short teaser.", "Short teaser.", Instant.parse("2026-03-03T08:00:00Z"),
                    Instant.parse("2026-03-04T00:00:00Z"), "en", "h");

            Article full = fetcher.withFullText(teaser);
            Article missing = fetcher.withFullText(new Article("id2", server.url("/nope"), null, "S", "f", "T", null,
                    "Short teaser.", teaser.published(), teaser.fetched(), null, "h"));

            assertEquals(STORY_TEXT, full.text());
            assertEquals("Short teaser.", full.summary());
            assertEquals(ArticleIdentity.contentHash("Harbour reopens", STORY_TEXT), full.contentHash());
            assertEquals("id1", full.id());
            assertEquals("Short teaser.", missing.text());
            assertEquals("h", missing.contentHash());
        }
    }
}
