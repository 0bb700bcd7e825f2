package org.newsagg.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsagg.ingest.replay.ArchiveContents;
import org.newsagg.ingest.replay.ArchiveReader;
import org.newsagg.testkit.ResourceDirectory;

/** What {@code newsagg replay app/src/main/resources/samples} reads: the six feeds, with a note for the index. */
class BundledSamplesArchiveTest {

    @Test
    void theSamplesDirectoryReplaysItsSixFeedsWithoutErrorsAndANoteForItsIndex() {
        Path samples = ResourceDirectory.of("/samples");

        ArchiveContents contents = ArchiveReader.read(List.of(samples));

        assertEquals(List.of(), contents.failures());
        assertEquals(6, contents.feeds());
        // MANIFEST.md is a Markdown note, which directory listings leave out without a word
        assertEquals(List.of("skipped " + samples.resolve("index.txt") + ": neither a feed nor JSON-lines"),
                contents.skipped());
    }
}
