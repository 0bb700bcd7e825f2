package org.newsagg.ingest.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.ingest.feeds.FeedParseException;
import org.newsagg.ingest.feeds.FeedSource;
import org.newsagg.model.Article;
import org.newsagg.model.Json;

class ArchiveReaderTest {

    private static void copyFixture(String name, Path target) throws IOException {
        try (InputStream in = ArchiveReaderTest.class.getResourceAsStream("/feeds/" + name)) {
            Files.createDirectories(target.getParent());
            Files.write(target, in.readAllBytes());
        }
        Files.setLastModifiedTime(target, FileTime.from(Instant.parse("2026-03-05T00:00:00Z")));
    }

    @Test
    void readingTheSameArchiveTwiceGivesEqualListsInReplayOrder(@TempDir Path dir) throws Exception {
        copyFixture("awkward/rss20.xml", dir.resolve("b/rss20.xml"));
        copyFixture("awkward/odd-dates.xml", dir.resolve("a/odd-dates.feed"));
        copyFixture("awkward/atom10.xml", dir.resolve("atom10.xml"));
        copyFixture("hostile/truncated.xml", dir.resolve("c/truncated.xml"));

        ArchiveContents first = ArchiveReader.read(List.of(dir));
        ArchiveContents second = ArchiveReader.read(List.of(dir));

        assertEquals(first.articles(), second.articles());
        assertEquals(12, first.articles().size());
        assertEquals(3, first.feeds());
        assertEquals(List.of(dir.resolve("c/truncated.xml") + ": line 11, column 18: "
                + "XML document structures must start and end within the same entity."),
                first.failures().stream().map(FeedParseException::getMessage).toList());
        for (int i = 1; i < first.articles().size(); i++) {
            Article a = first.articles().get(i - 1);
            Article b = first.articles().get(i);
            boolean ordered = a.published().isBefore(b.published())
                    || (a.published().equals(b.published()) && a.id().compareTo(b.id()) <= 0);
            assertEquals(true, ordered, a.title() + " before " + b.title());
        }
    }

    @Test
    void filesOfADirectoryThatAreNeitherFeedsNorJsonLinesAreSkippedWithANoteNotCountedAsErrors(@TempDir Path dir)
            throws Exception {
        copyFixture("awkward/rss20.xml", dir.resolve("rss20.xml"));
        Files.writeString(dir.resolve("index.txt"), "rss20.xml\n");
        Files.writeString(dir.resolve("LICENSE"), "  \n\nAll rights reserved.\n");
        Files.writeString(dir.resolve("articles.json"), "{\"id\":\"a1\"}\n");
        Files.writeString(dir.resolve("blank.xml"), " \n");
        Files.writeString(dir.resolve("README.md"), "# notes\n");
        // an HTML page may look like a feed to a reader of first characters: the parser says what it is
        Files.writeString(dir.resolve("page.html"), "\uFEFF\n<!DOCTYPE html><html><body>moved</body></html>\n");

        ArchiveContents contents = ArchiveReader.read(List.of(dir));

        assertEquals(2, contents.articles().size());
        assertEquals(1, contents.feeds());
        assertEquals(List.of(
                "skipped " + dir.resolve("LICENSE") + ": neither a feed nor JSON-lines",
                "skipped " + dir.resolve("articles.json")
                        + ": JSON, not a feed (name JSON-lines of articles *.jsonl to replay them)",
                "skipped " + dir.resolve("blank.xml") + ": empty",
                "skipped " + dir.resolve("index.txt") + ": neither a feed nor JSON-lines"), contents.skipped());
        assertEquals(List.of(dir.resolve("page.html").toString()),
                contents.failures().stream().map(FeedParseException::location).toList());
    }

    @Test
    void aFileNamedOnItsOwnIsReadEvenWhenItIsNoFeedAndItsProblemIsAnError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("index.txt"), "rss20.xml\n");

        ArchiveContents contents = ArchiveReader.read(List.of(dir.resolve("index.txt")));

        assertEquals(List.of(), contents.skipped());
        assertEquals(List.of(dir.resolve("index.txt").toString()),
                contents.failures().stream().map(FeedParseException::location).toList());
    }

    @Test
    void fetchTimeComesFromTheFeedNotTheClock(@TempDir Path dir) throws Exception {
        copyFixture("awkward/rss20.xml", dir.resolve("rss20.xml"));
        copyFixture("awkward/odd-dates.xml", dir.resolve("odd-dates.xml"));
        copyFixture("awkward/rss091.xml", dir.resolve("rss091.xml"));

        List<Article> rss20 = ArchiveReader.read(List.of(dir.resolve("rss20.xml"))).articles();
        // lastBuildDate, later than every item
        assertEquals(Instant.parse("2026-03-03T23:00:00Z"), rss20.get(0).fetched());
        assertEquals("https://modern.example.com/", rss20.get(0).feedUrl());

        List<Article> oddDates = ArchiveReader.read(List.of(dir.resolve("odd-dates.xml"))).articles();
        // no feed date: the newest item date, but that is the future-dated item's (2027), later than the file was
        // written: the file's mtime, and the item ahead of it is dated then
        Instant mtime = Instant.parse("2026-03-05T00:00:00Z");
        assertEquals(mtime, oddDates.get(0).fetched());
        assertEquals(List.of(Instant.parse("2026-03-03T08:05:00Z"), Instant.parse("2026-03-03T10:00:00Z"),
                Instant.parse("2026-03-03T11:00:00Z"), Instant.parse("2026-03-03T11:45:00Z"),
                Instant.parse("2026-03-03T12:30:00Z"), mtime, mtime, mtime),
                oddDates.stream().map(Article::published).toList());

        List<Article> rss091 = ArchiveReader.read(List.of(dir.resolve("rss091.xml"))).articles();
        // no dates at all: the file's mtime
        assertEquals(Instant.parse("2026-03-05T00:00:00Z"), rss091.get(0).fetched());
        assertEquals(Instant.parse("2026-03-05T00:00:00Z"), rss091.get(0).published());
    }

    @Test
    void aSidecarGivesFetchTimeAndSource(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("feed.xml");
        copyFixture("awkward/rss091.xml", file);
        new FetchSidecar("https://oldschool.example.net/rss", Instant.parse("2026-03-04T06:00:00Z"), "Old School",
                "fr", List.of("tech")).writeFor(file);

        ArchiveContents contents = ArchiveReader.read(List.of(dir));

        Article a = contents.articles().get(0);
        assertEquals(1, contents.articles().size());
        assertEquals(Instant.parse("2026-03-04T06:00:00Z"), a.fetched());
        assertEquals("https://oldschool.example.net/rss", a.feedUrl());
        assertEquals("Old School", a.source());
        assertEquals("fr", a.language());
        assertEquals(new FeedSource("https://oldschool.example.net/rss", "Old School", "fr", null, List.of("tech")),
                FetchSidecar.readFor(file).source());
    }

    @Test
    void jsonLinesFilesAreReadAndBadLinesReported(@TempDir Path dir) throws Exception {
        Article late = new Article("b", null, null, "S", "f", "Late", null, null,
                Instant.parse("2026-03-03T12:00:00Z"), Instant.parse("2026-03-03T13:00:00Z"), null, "h");
        Article early = new Article("a", null, null, "S", "f", "Early", null, null,
                Instant.parse("2026-03-03T11:00:00Z"), Instant.parse("2026-03-03T13:00:00Z"), null, "h");
        Path file = dir.resolve("articles.jsonl");
        Files.writeString(file, Json.write(late) + "\n\n{not json\n" + Json.write(early) + "\n");

        ArchiveContents contents = ArchiveReader.read(List.of(file));

        assertEquals(List.of(early, late), contents.articles());
        assertEquals(1, contents.feeds());
        assertEquals(1, contents.failures().size());
        assertEquals(3, contents.failures().get(0).line());
    }

    @Test
    void jsonLinesArticlesDatedAheadOfTheirFetchTimeAreDatedAtIt(@TempDir Path dir) throws Exception {
        Instant fetched = Instant.parse("2026-03-03T13:00:00Z");
        Article ahead = new Article("a", null, null, "S", "f", "Ahead", null, null,
                fetched.plus(java.time.Duration.ofHours(3)), fetched, null, "h");
        Article far = new Article("b", null, null, "S", "f", "Far", null, null,
                Instant.parse("9999-12-31T23:00:00Z"), fetched, null, "h");
        Article withinSkew = new Article("c", null, null, "S", "f", "Close", null, null,
                fetched.plus(java.time.Duration.ofMinutes(5)), fetched, null, "h");
        Path file = dir.resolve("articles.jsonl");
        Files.writeString(file, Json.write(ahead) + "\n" + Json.write(far) + "\n" + Json.write(withinSkew) + "\n");

        List<Article> read = ArchiveReader.read(List.of(file)).articles();

        assertEquals(List.of("a@" + fetched, "b@" + fetched, "c@2026-03-03T13:05:00Z"),
                read.stream().map(a -> a.id() + "@" + a.published()).toList());
    }

    @Test
    void aHundredMegabyteFileIsRefusedAfterReadingOnlyTheLimit(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.xml");
        byte[] chunk = new byte[1024 * 1024];
        Arrays.fill(chunk, (byte) ' ');
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("<rss version=\"2.0\"><channel><title>".getBytes());
            for (int i = 0; i < 100; i++) out.write(chunk);
            out.write("</title></channel></rss>".getBytes());
        }

        ArchiveContents contents = ArchiveReader.read(List.of(big));

        assertEquals(List.of(), contents.articles());
        assertEquals(List.of(big + ": body exceeds 10485760 bytes"),
                contents.failures().stream().map(FeedParseException::getMessage).toList());
    }

    @Test
    void aMissingFileIsOneFailure(@TempDir Path dir) {
        Path missing = dir.resolve("nope.xml");
        ArchiveContents contents = ArchiveReader.read(List.of(missing));
        assertEquals(List.of(missing + ": cannot read file: no such file"),
                contents.failures().stream().map(FeedParseException::getMessage).toList());
    }

    @Test
    void aHandWrittenJsonLineNeedsIdPublishedAndTitleOrTextAndGetsItsContentHashDerived(@TempDir Path dir)
            throws Exception {
        Path file = Files.writeString(dir.resolve("mine.jsonl"), String.join("\n",
                "{\"id\":\"a1\",\"published\":\"2026-03-02T09:00:00Z\",\"title\":\"Quito and Lima reopen the border\"}",
                "{\"id\":\"a2\",\"title\":\"No date here\"}",
                "{\"published\":\"2026-03-02T09:00:00Z\"}",
                ""));

        ArchiveContents contents = ArchiveReader.read(List.of(file));

        assertEquals(1, contents.articles().size());
        Article a = contents.articles().get(0);
        assertEquals(org.newsagg.ingest.feeds.ArticleIdentity.contentHash("Quito and Lima reopen the border", null),
                a.contentHash());
        assertEquals(List.of(file + ": line 2: article without published", file + ": line 3: article without id, title or text"),
                contents.failures().stream().map(FeedParseException::getMessage).toList());
    }
}
