package org.newsagg.ingest.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedStateStoreTest {

    static final String URL = "https://news.example/world.xml";

    @Test
    void savedStateIsReadBackAndReplacedWhole(@TempDir Path dir) throws Exception {
        FeedStateStore store = new FeedStateStore(dir.resolve("state"));
        assertEquals(Optional.empty(), store.load(URL));
        store.save(new FeedStateStore.Saved(URL, "\"v1\"", "Tue, 03 Mar 2026 08:00:00 GMT", false, List.of("a", "b")));
        store.save(new FeedStateStore.Saved(URL, "\"v2\"", null, true, List.of("b", "c")));
        assertEquals(Optional.of(new FeedStateStore.Saved(URL, "\"v2\"", null, true, List.of("b", "c"))),
                store.load(URL));
        try (var files = Files.list(dir.resolve("state"))) {
            assertEquals(List.of(store.file(URL)), files.toList());
        }
    }

    @Test
    void aDamagedFileOrAnotherFeedsFileCostsOneFullPollNotAStop(@TempDir Path dir) throws Exception {
        FeedStateStore store = new FeedStateStore(dir);
        Files.writeString(store.file(URL), "{\"url\": \"" + URL + "\", \"etag\": ");
        assertEquals(Optional.empty(), store.load(URL));
        Files.writeString(store.file(URL), "{\"url\": \"https://other.example/\", \"etag\": \"x\", \"seen\": [\"a\"]}");
        assertEquals(Optional.empty(), store.load(URL));
    }

    @Test
    void aDirectoryThatCannotBeWrittenIsRefusedAtTheStart(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        FeedStateStore store = new FeedStateStore(file.resolve("state"));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, store::checkWritable);
        assertEquals("cannot keep feed state in " + file.resolve("state") + " (newsagg.ingest.state-dir): "
                + "Not a directory", e.getMessage());
        new FeedStateStore(dir.resolve("fresh")).checkWritable();
        try (var files = Files.list(dir.resolve("fresh"))) {
            assertEquals(List.of(), files.toList());
        }
    }
}
