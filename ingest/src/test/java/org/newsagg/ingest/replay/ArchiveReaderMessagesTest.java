package org.newsagg.ingest.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.ingest.feeds.FeedParseException;

/** Files that cannot be read are named with the reason in words, never with a JDK exception class. */
class ArchiveReaderMessagesTest {

    private static List<String> failures(Path file) {
        return ArchiveReader.read(List.of(file)).failures().stream().map(FeedParseException::getMessage).toList();
    }

    @Test
    void aMissingJsonLinesFileSaysNoSuchFile(@TempDir Path dir) {
        Path missing = dir.resolve("articles.jsonl");
        assertEquals(List.of(missing + ": cannot read file: no such file"), failures(missing));
    }

    @Test
    void jsonLinesThatAreNotUtf8SayWhat(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("latin1.jsonl"), new byte[] {'{', '"', 'c', 'a', 'f', (byte) 0xE9, '"', '}', '\n'});
        assertEquals(List.of(file + ": cannot read file: not UTF-8 text"), failures(file));
    }
}
