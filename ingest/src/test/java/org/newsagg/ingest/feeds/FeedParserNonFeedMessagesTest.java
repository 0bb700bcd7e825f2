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

    @Test
    void anHtmlDoctypeNamesThePageEvenWhenTheRootIsNotHtml() {
        String page = "<?xml version=\"1.0\"?>\n<!-- a -->\n<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">\n<body>Gone</body>";
        assertEquals("old.htm: not an RSS or Atom feed: an HTML page (root element <body>)", failure(page, "old.htm"));
    }

    @Test
    void aBinaryBodyIsNotXmlAndTheMessageStaysPrintable() {
        byte[] gzip = {0x1F, (byte) 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x4B, 0x4C};
        FeedParseException e = assertThrows(FeedParseException.class,
                () -> new FeedParser().parse(gzip, "feed.xml.gz", SOURCE, FETCHED));
        assertEquals("feed.xml.gz: not XML: the text starts with \"\u2039????????KL\"", e.getMessage());
    }
}
