package org.newsagg.ingest.replay;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.newsagg.ingest.feeds.ArticleIdentity;
import org.newsagg.ingest.feeds.BodyLimit;
import org.newsagg.ingest.feeds.FeedFiles;
import org.newsagg.ingest.feeds.FeedParseException;
import org.newsagg.ingest.feeds.FeedParser;
import org.newsagg.ingest.feeds.FeedSource;
import org.newsagg.ingest.feeds.ParsedFeed;
import org.newsagg.model.Article;
import org.newsagg.model.Json;

/**
 * Reads archives for replay: feed files of any extension (the parser sniffs them), directories (recursively, in
 * sorted order, see {@link FeedFiles}; files that are neither feeds nor JSON-lines are skipped with a note) and
 * JSON-lines files of {@link Article} ({@code *.jsonl}), and for the offline tools plain-text articles named on their
 * own ({@link PlainTextArticle}). A feed file's fetch time comes from its
 * {@link FetchSidecar} when {@code record} wrote one, else from the feed itself, else from the file's mtime, never
 * from the clock, so that reading the same archive twice gives equal articles.
 */
public final class ArchiveReader {

    /** Enough to pass a byte-order mark and the blank lines some feeds start with. */
    private static final int SNIFF_BYTES = 4096;

    private ArchiveReader() {}

    /** Feed files (any extension, sniffed), directories (recursively, sorted), or JSON-lines files of Article (*.jsonl). */
    public static ArchiveContents read(List<Path> paths) {
        return read(paths, new FeedParser(), PlainText.NOT_READ);
    }

    /** The same, with plain-text files named on their own read as articles: what {@code parse}, {@code tag} read. */
    public static ArchiveContents readWithPlainText(List<Path> paths) {
        return read(paths, new FeedParser(), PlainText.ARTICLES);
    }

    /**
     * Whether a file named on its own that is neither XML nor JSON is one article ({@link PlainTextArticle}). Not for
     * replay: a replayed notes file would publish a made-up article to the pipeline, so there it stays an error.
     */
    private enum PlainText { ARTICLES, NOT_READ }

    private static ArchiveContents read(List<Path> paths, FeedParser parser, PlainText plainText) {
        List<Article> articles = new ArrayList<>();
        List<FeedParseException> failures = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int feeds = 0;
        for (Path file : selectFiles(paths, skipped)) {
            int before = articles.size();
            try {
                if (file.getFileName().toString().endsWith(".jsonl")) {
                    readJsonLines(file, parser.futureSkew(), articles, failures);
                }
                else if (plainText == PlainText.ARTICLES && paths.contains(file) && isPlainText(file)) {
                    articles.add(PlainTextArticle.read(file, parser.maxBodyBytes()));
                }
                else articles.addAll(readFeed(file, parser).articles());
            } catch (FeedParseException e) {
                failures.add(e);
            }
            if (articles.size() > before) feeds++;
        }
        articles.sort(ArchiveContents.ORDER);
        return new ArchiveContents(articles, feeds, failures, skipped);
    }

    /**
     * The files to read: every file named, as it is (asked for, a file that is no feed is an error), and of each
     * directory the feeds and {@code *.jsonl} files it holds. What else a directory holds (an index, a licence,
     * notes) is skipped with a note in {@code skipped}, not counted as a failure: a feed is XML, so its first
     * character (after a byte-order mark and blanks) is {@code <}.
     */
    static List<Path> selectFiles(List<Path> paths, List<String> skipped) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                files.add(p);
                continue;
            }
            for (Path file : FeedFiles.list(List.of(p))) {
                String why = file.getFileName().toString().endsWith(".jsonl") ? null : whyNotAFeed(file);
                if (why == null) files.add(file);
                else skipped.add("skipped " + file + ": " + why);
            }
        }
        return files;
    }

    /**
     * Whether a file's first bytes are text that is neither XML nor JSON: no control bytes but whitespace. A binary
     * file (a gzipped feed) goes to the feed parser, which says what it starts with; text in another encoding than
     * UTF-8 is refused by {@link PlainTextArticle}, saying so.
     */
    private static boolean isPlainText(Path file) {
        byte[] head = head(file);
        if (head == null || !NEITHER.equals(whyNotAFeed(head))) return false;
        for (byte b : head) {
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f) return false;
        }
        return true;
    }

    private static final String NEITHER = "neither a feed nor JSON-lines";

    /** A file's first {@link #SNIFF_BYTES} bytes; null when it cannot be read (then the read says why). */
    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            return null;
        }
    }

    /** Why a file cannot be a feed, from its first bytes; null when it may be one (or cannot be read: then the read says why). */
    private static String whyNotAFeed(Path file) {
        byte[] head = head(file);
        return head == null ? null : whyNotAFeed(head);
    }

    private static String whyNotAFeed(byte[] head) {
        int i = 0;
        if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            return null; // UTF-16 or UTF-32: the parser reads those
        }
        if (head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) i = 3;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) i++;
        if (i == head.length) return head.length < SNIFF_BYTES ? "empty" : null;
        if (head[i] == '<') return null;
        if (head[i] == '{') return "JSON, not a feed (name JSON-lines of articles *.jsonl to replay them)";
        return NEITHER;
    }

    private static ParsedFeed readFeed(Path file, FeedParser parser) throws FeedParseException {
        String location = file.toString();
        byte[] body;
        FetchSidecar sidecar;
        Instant modified;
        try (InputStream in = Files.newInputStream(file)) {
            body = BodyLimit.read(in, parser.maxBodyBytes());
            sidecar = FetchSidecar.readFor(file);
            modified = Files.getLastModifiedTime(file).toInstant();
        } catch (BodyLimit.BodyTooLargeException e) {
            throw new FeedParseException(location, e.getMessage());
        } catch (IOException e) {
            throw new FeedParseException(location, "cannot read file: " + ReadProblem.describe(e));
        }
        if (sidecar != null && sidecar.fetched() != null) {
            return parser.parse(body, location, sidecar.source(), sidecar.fetched());
        }
        return parser.parseArchived(body, location, new FeedSource(null, null, null, null, List.of()), modified);
    }

    /**
     * An article dated more than {@code futureSkew} after it was fetched, dated at its fetch time instead, as feeds
     * are ({@code ArticleNormalizer}): a wrong time zone or a year 9999 would move every stage's event time ahead.
     */
    static Article datedNoLaterThanFetched(Article a, Duration futureSkew) {
        if (a.fetched() == null || !a.published().isAfter(a.fetched().plus(futureSkew))) return a;
        return new Article(a.id(), a.url(), a.canonicalUrl(), a.source(), a.feedUrl(), a.title(), a.summary(),
                a.text(), a.fetched(), a.fetched(), a.language(), a.contentHash());
    }

    /** A hand-written line need not carry the content hash: it is derived as ingest derives it. */
    private static Article withContentHash(Article a) {
        if (a.contentHash() != null) return a;
        return new Article(a.id(), a.url(), a.canonicalUrl(), a.source(), a.feedUrl(), a.title(), a.summary(),
                a.text(), a.published(), a.fetched(), a.language(), ArticleIdentity.contentHash(a.title(), a.text()));
    }

    private static void readJsonLines(Path file, Duration futureSkew, List<Article> articles,
            List<FeedParseException> failures) throws FeedParseException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FeedParseException(file.toString(), "cannot read file: " + ReadProblem.describe(e));
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            try {
                Article article = Json.MAPPER.readValue(line, Article.class);
                // The fields the pipeline needs (docs/ingest.md, "Article files").
                List<String> missing = article.missingRequiredFields();
                if (!missing.isEmpty()) {
                    failures.add(new FeedParseException(file.toString(), i + 1, -1,
                            "article without " + String.join(", ", missing)));
                } else {
                    articles.add(datedNoLaterThanFetched(withContentHash(article), futureSkew));
                }
            } catch (IOException e) {
                failures.add(new FeedParseException(file.toString(), i + 1, -1,
                        "not an Article: " + e.getMessage().lines().findFirst().orElse("")));
            }
        }
    }
}
