package org.newsagg.ingest.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;

/** Reads the hand-written feed fixtures under {@code src/test/resources/feeds}. */
final class Fixtures {

    static final Instant FETCHED = Instant.parse("2026-03-04T00:00:00Z");
    static final FeedSource SOURCE = FeedSource.of("https://feeds.example.com/feed.xml");

    private Fixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/feeds/" + name)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedFeed parse(String name) throws FeedParseException {
        return new FeedParser().parse(bytes(name), name, SOURCE, FETCHED);
    }
}
