package org.newsagg.ingest.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.newsagg.ingest.feeds.Fixtures.FETCHED;
import static org.newsagg.ingest.feeds.Fixtures.SOURCE;
import static org.newsagg.ingest.feeds.Fixtures.bytes;
import static org.newsagg.ingest.feeds.Fixtures.parse;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.model.Article;

class FeedParserHostileFeedsTest {

    private static ParsedFeed parseWith(String name, String placeholder, String value) throws FeedParseException {
        String xml = new String(bytes(name), StandardCharsets.UTF_8).replace(placeholder, value);
        return new FeedParser().parse(xml.getBytes(StandardCharsets.UTF_8), name, SOURCE, FETCHED);
    }

    @Test
    void externalEntityNeverReadsTheLocalFile(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-7731");
        ParsedFeed feed = parseWith("hostile/xxe-local-file.xml", "@SECRET_URI@", secret.toUri().toString());

        assertEquals(List.of("Leak:"), feed.articles().stream().map(Article::title).toList());
        assertFalse(feed.toString().contains("TOP-SECRET-7731"));
        assertEquals(List.of("DOCTYPE removed", "external entity ignored: &xxe;"), feed.recoveries());
    }

    @Test
    void externalDtdAndParameterEntitiesAreNeverFetched() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] dtd = "<!ENTITY leak \"fetched\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, dtd.length);
            exchange.getResponseBody().write(dtd);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd";
            ParsedFeed external = parseWith("hostile/external-dtd.xml", "@DTD_URL@", url);
            ParsedFeed parameter = parseWith("hostile/parameter-entity.xml", "@DTD_URL@", url);

            assertEquals(List.of("Harmless headline"), external.articles().stream().map(Article::title).toList());
            assertEquals(List.of("Still harmless"), parameter.articles().stream().map(Article::title).toList());
            assertEquals(List.of("DOCTYPE removed"), external.recoveries());
            assertEquals(List.of("DOCTYPE removed"), parameter.recoveries());
            assertEquals(0, requests.get());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void billionLaughsIsRefusedAtTheFirstNestedReference() {
        FeedParseException e = assertThrows(FeedParseException.class, () -> parse("hostile/billion-laughs.xml"));
        assertEquals("hostile/billion-laughs.xml: line 15, column 14: entity &lol9; is defined through other "
                + "entities; nested entity expansion is refused", e.getMessage());
        assertEquals(15, e.line());
        assertEquals(14, e.column());
    }

    @Test
    void quadraticBlowupStopsAtTheExpansionBudget() {
        FeedParseException e = assertThrows(FeedParseException.class, () -> parse("hostile/quadratic-blowup.xml"));
        assertEquals("hostile/quadratic-blowup.xml: line 6, column 641: entity expansion exceeds 10485760 characters",
                e.getMessage());
    }

    @Test
    void truncatedFeedIsAnErrorWithItsPosition() {
        FeedParseException e = assertThrows(FeedParseException.class, () -> parse("hostile/truncated.xml"));
        assertEquals("hostile/truncated.xml: line 11, column 18: "
                + "XML document structures must start and end within the same entity.", e.getMessage());
        assertEquals("hostile/truncated.xml", e.location());
    }

    @Test
    void textThatIsNotXmlSaysSo() {
        FeedParseException e = assertThrows(FeedParseException.class, () -> parse("hostile/not-xml.txt"));
        assertEquals("hostile/not-xml.txt: not XML: the text starts with \"This is a letter, not a feed.\"",
                e.getMessage());
    }

    @Test
    void emptyBodyFails() {
        FeedParseException e = assertThrows(FeedParseException.class, () -> parse("hostile/empty.xml"));
        assertEquals("hostile/empty.xml: empty body", e.getMessage());
        assertEquals(-1, e.line());
    }

    @Test
    void wellFormedHtmlIsNotTakenForAFeed() {
        FeedParseException e = assertThrows(FeedParseException.class, () -> parse("hostile/html-page.html"));
        assertEquals("hostile/html-page.html: not an RSS or Atom feed: an HTML page (root element <html>)",
                e.getMessage());
    }

    @Test
    void rssWithoutAChannelIsOneClearErrorNotACrash() {
        FeedParseException e = assertThrows(FeedParseException.class, () -> parse("hostile/rss-without-channel.xml"));
        assertEquals("hostile/rss-without-channel.xml: malformed <rss> feed: a required element is missing or unreadable",
                e.getMessage());
    }

    @Test
    void theRootElementIsNamedEvenAfterACommentHoldingMarkup() {
        byte[] body = "<!-- a <b>bold</b> note -->\n<opml version=\"2.0\"><body/></opml>\n".getBytes(StandardCharsets.UTF_8);
        FeedParseException e = assertThrows(FeedParseException.class,
                () -> new FeedParser().parse(body, "list.opml", SOURCE, FETCHED));
        assertEquals("list.opml: not an RSS or Atom feed (root element <opml>)", e.getMessage());
    }

    @Test
    void bodiesOverTheLimitAreRefusedBeforeParsing() {
        FeedParser parser = new FeedParser(100, Duration.ofMinutes(10));
        byte[] body = bytes("awkward/rss20.xml");
        FeedParseException e = assertThrows(FeedParseException.class,
                () -> parser.parse(body, "big.xml", SOURCE, FETCHED));
        assertEquals("big.xml: body exceeds 100 bytes", e.getMessage());
    }
}
