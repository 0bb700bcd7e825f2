package org.newsagg.ingest.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsagg.ingest.feeds.Fixtures.parse;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsagg.model.Article;

class FeedParserAtomQuirksTest {

    private static List<String> titles(ParsedFeed feed) {
        return feed.articles().stream().map(Article::title).toList();
    }

    private static List<String> urls(ParsedFeed feed) {
        return feed.articles().stream().map(Article::url).toList();
    }

    @Test
    void atom03Base64WrappedOverIndentedLinesIsDecodedAndBinaryContentDropped() throws Exception {
        ParsedFeed feed = parse("atom-quirks/atom03-base64-wrapped.xml");
        assertEquals(List.of("Harbour ferries return to the winter timetable", "Quay lights repaired"), titles(feed));
        assertEquals(List.of("https://gazette.example.org/ferries/winter", "https://gazette.example.org/quay-lights"),
                urls(feed));
        assertEquals("Boats leave every forty minutes & the last one at 22:10.", feed.articles().get(0).text());
        assertNull(feed.articles().get(1).text());
        assertEquals(Instant.parse("2026-03-03T08:15:00Z"), feed.articles().get(0).published());
        assertEquals(List.of("base64 content that is not UTF-8 text dropped"), feed.recoveries());
    }

    @Test
    void atom10TextUnderANonTextMediaTypeIsDecodedFromBase64() throws Exception {
        ParsedFeed feed = parse("atom-quirks/atom10-base64-media-type.xml");
        assertEquals(List.of("Tram line 4 closes for repairs — détour via Quai Sud", "Council approves budget"),
                titles(feed));
        Article tram = feed.articles().get(0);
        assertEquals("Works start on Monday.", tram.summary());
        assertEquals("Works start on Monday.", tram.text(), "the PNG content is dropped, so the summary is the text");
        assertEquals("The vote was 31 to 12.", feed.articles().get(1).text(), "XML media types are not base64");
        assertEquals(List.of("base64 content that is not UTF-8 text dropped"), feed.recoveries());
    }

    @Test
    void atomLinkGivingItsUrlAsTextIsFollowed() throws Exception {
        ParsedFeed feed = parse("atom-quirks/atom-link-as-text.xml");
        assertEquals(List.of("Bridge reopens after flood checks", "School roof fund reaches its goal"), titles(feed));
        assertEquals(List.of("https://valley.example.com/news/bridge-reopens", "https://valley.example.com/news/roof-fund"),
                urls(feed), "the alternate link, not the enclosure listed before it");
        assertEquals(List.of("link URL taken from element text"), feed.recoveries());
    }

    @Test
    void rssLinksAreNeverRewritten() throws Exception {
        ParsedFeed feed = parse("awkward/rss20.xml");
        assertFalse(feed.recoveries().contains("link URL taken from element text"));
    }

    @Test
    void base64MediaTypesAreThoseNeitherTextNorXml() {
        assertTrue(AtomQuirks.isBase64MediaType("application/octet-stream"));
        assertTrue(AtomQuirks.isBase64MediaType("image/png"));
        assertFalse(AtomQuirks.isBase64MediaType("text/html"));
        assertFalse(AtomQuirks.isBase64MediaType("text/plain; charset=utf-8"));
        assertFalse(AtomQuirks.isBase64MediaType("application/xhtml+xml"));
        assertFalse(AtomQuirks.isBase64MediaType("application/xml"));
        assertFalse(AtomQuirks.isBase64MediaType("html"));
        assertFalse(AtomQuirks.isBase64MediaType(null));
    }

    @Test
    void decodedTextMustBeUtf8WithoutControlCharacters() {
        assertEquals("Council <i>approves</i> budget", AtomQuirks.decodeText(" Q291bmNpbCA8aT5h\n  cHByb3ZlczwvaT4gYnVkZ2V0 "));
        assertNull(AtomQuirks.decodeText("iVBORw0KGgoAAAANSUhEUg=="), "PNG header bytes");
        assertNull(AtomQuirks.decodeText("/+7/"), "not UTF-8");
        assertNull(AtomQuirks.decodeText("abc=d"), "not base64");
    }
}
