package org.newsagg.ingest.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.ingest.feeds.FeedParseException;
import org.newsagg.model.Article;

/** An article in hand as a text file: what parse, dedupe and tag read besides feeds. */
class PlainTextArticleTest {

    @TempDir
    Path dir;

    static final Instant MODIFIED = Instant.parse("2026-03-02T09:15:30Z");

    Path write(String name, String text) throws Exception {
        Path file = Files.writeString(dir.resolve(name), text);
        Files.setLastModifiedTime(file, FileTime.from(MODIFIED.plusMillis(250)));
        return file;
    }

    @Test
    void theFirstLineIsTheTitleAndTheRestTheBodyInParagraphs() throws Exception {
        Path file = write("talks.txt", "\uFEFF\n  Lisbon and Rabat sign a water-sharing accord  \n\nThe two governments"
                + " signed the accord on Monday.\nIt runs for ten years.\n\n\nOfficials called it a first.\n");

        ArchiveContents contents = ArchiveReader.readWithPlainText(List.of(file));

        assertEquals(List.of(), contents.failures());
        Article a = contents.articles().get(0);
        assertEquals("Lisbon and Rabat sign a water-sharing accord", a.title());
        assertEquals("The two governments signed the accord on Monday. It runs for ten years.\n\n"
                + "Officials called it a first.", a.text());
        assertEquals(MODIFIED, a.published());
        assertEquals(MODIFIED, a.fetched());
        assertEquals("file", a.source());
        assertEquals(null, a.url());
        // read twice, the same article: replays and repeated runs of the offline tools agree
        assertEquals(a, ArchiveReader.readWithPlainText(List.of(file)).articles().get(0));
    }

    @Test
    void aTitleAloneIsAnArticleAndAnEmptyFileIsAnErrorNamingIt() throws Exception {
        Path title = write("headline", "Storm closes the port of Gdansk");
        Path empty = write("empty.txt", " \n\t\n");

        ArchiveContents contents = ArchiveReader.readWithPlainText(List.of(title, empty));

        assertEquals(List.of("Storm closes the port of Gdansk"), contents.articles().stream().map(Article::title).toList());
        assertEquals(null, contents.articles().get(0).text());
        // blank files are "empty" to the sniffing: the feed parser names the file and the problem
        assertEquals(List.of(empty.toString()), contents.failures().stream().map(FeedParseException::location).toList());
    }

    @Test
    void onlyTheOfflineToolsReadTextAndOnlyFilesNamedOnTheirOwn() throws Exception {
        Path file = write("notes.txt", "Ministers meet in Vienna\nThey met.\n");

        assertEquals(List.of(file.toString()), ArchiveReader.read(List.of(file)).failures().stream()
                .map(FeedParseException::location).toList());
        ArchiveContents ofDirectory = ArchiveReader.readWithPlainText(List.of(dir));
        assertEquals(List.of(), ofDirectory.articles());
        assertEquals(List.of("skipped " + file + ": neither a feed nor JSON-lines"), ofDirectory.skipped());
    }

    @Test
    void bytesThatAreNotUtf8TextGoToTheFeedParserWhichSaysWhatTheyAre() throws Exception {
        Path gz = dir.resolve("feed.xml.gz");
        Files.write(gz, new byte[] {(byte) 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 'K', 'L'});
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Z\u00fcrich talks end\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        ArchiveContents contents = ArchiveReader.readWithPlainText(List.of(gz, latin1));

        assertEquals(List.of(), contents.articles());
        assertEquals(List.of(latin1 + ": not UTF-8 text: save the article as UTF-8 to read it"),
                contents.failures().stream().map(FeedParseException::getMessage).filter(m -> m.startsWith(latin1.toString()))
                        .toList());
        assertEquals(true, contents.failures().stream().map(FeedParseException::getMessage)
                .anyMatch(m -> m.startsWith(gz + ": not XML: the text starts with")));
    }
}
