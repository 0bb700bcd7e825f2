package org.newsagg.ingest.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.newsagg.ingest.feeds.Fixtures.FETCHED;
import static org.newsagg.ingest.feeds.Fixtures.SOURCE;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a user reads when what they gave is no feed at all: the input named, in words, never a parser's jargon. */
class FeedParserNonFeedMessagesTest {

    private static String failure(String body, String location) {
        FeedParseException e = assertThrows(FeedParseException.class,
                () -> new FeedParser().parse(body.getBytes(StandardCharsets.UTF_8), location, SOURCE, FETCHED));
        return e.getMessage();
    }

    @Test
    void anHtml5PageThatIsNotWellFormedXmlIsNamedAnHtmlPage() {
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Moved</title></head>"
                + "<body><p>Our news moved<br>to a new address</body></html>\n";
        assertEquals("https://example.org/news: not an RSS or Atom feed: an HTML page (root element <html>)",
                failure(page, "https://example.org/news"));
    }

    @Test
    void anUpperCaseHtmlPageAfterACommentIsNamedAnHtmlPage() {
        String page = "<!-- served by a proxy -->\n<HTML><BODY>Sign in<BR></BODY></HTML>";
        assertEquals("login.html: not an RSS or Atom feed: an HTML page (root element <HTML>)", failure(page, "login.html"));
    }

    @Test
    void jsonIsNotXml() {
        assertEquals("feed.json: not XML: the text starts with \"{\"items\": []}\"", failure("\n  {\"items\": []}\n", "feed.json"));
    }

    @Test
    void aLongFirstLineIsCutInTheMessage() {
        String text = "Dear reader, the newsletter you subscribed to has been discontinued.\nThanks.";
        assertEquals("notes.txt: not XML: the text starts with \"Dear reader, the newsletter you subscrib...\"",
                failure(text, "notes.txt"));
    }
}
