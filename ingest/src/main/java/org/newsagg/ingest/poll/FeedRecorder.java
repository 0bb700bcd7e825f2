package org.newsagg.ingest.poll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.newsagg.ingest.feeds.FeedSource;
import org.newsagg.ingest.replay.FetchSidecar;

/**
 * The {@code record} mode: every fetched body is saved byte for byte under {@code <dir>/<feed>/<fetch time>.xml}
 * with a {@link FetchSidecar} holding fetch time and source, so a day of live feeds replays to the same articles.
 */
public final class FeedRecorder {

    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Path dir;

    public FeedRecorder(Path dir) {
        this.dir = dir;
    }

    /** Saves one body and its sidecar; returns the body's path. */
    public Path record(FeedSource source, byte[] body, Instant fetched) throws IOException {
        Path feedDir = dir.resolve(slug(source.url()));
        Files.createDirectories(feedDir);
        Path file = feedDir.resolve(FILE_TIME.format(fetched) + ".xml");
        Files.write(file, body);
        FetchSidecar.of(source, fetched).writeFor(file);
        return file;
    }

    /** A directory name from a URL: "https://www.bbc.co.uk/news/rss.xml" → "www.bbc.co.uk_news_rss.xml". */
    static String slug(String url) {
        String s = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "").replaceAll("[^A-Za-z0-9._-]+", "_");
        s = s.replaceAll("^_+|_+$", "");
        return s.length() > 120 ? s.substring(0, 120) : s;
    }
}
