package org.newsagg.ingest.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedCorpusReportTest {

    private static Path fixtures(String dir) throws Exception {
        return Path.of(FeedCorpusReportTest.class.getResource("/feeds/" + dir).toURI());
    }

    @Test
    void countsItemsFieldsRecoveriesAndShortfallsOfTheAwkwardCorpus() throws Exception {
        FeedCorpusReport.Report r = FeedCorpusReport.run(List.of(fixtures("awkward")));
        assertEquals(18, r.files());
        assertEquals(18, r.filesWithItems());
        assertEquals(List.of(), r.failures());
        assertEquals(32, r.items());
        assertEquals(32, r.itemsWithTitle());
        assertEquals(30, r.itemsWithLink());
        assertEquals(29, r.itemsWithDate());
        assertEquals(Map.of("DOCTYPE removed", 1, "bare & repaired", 1, "date missing", 2, "empty item skipped", 1,
                "encoding guessed", 3, "entity replaced", 5), r.recoveriesByKind());
        assertEquals(List.of(new FeedCorpusReport.Shortfall(fixtures("awkward").resolve("no-link-no-guid.xml"), 4, 3)),
                r.shortfalls());
    }

    @Test
    void everyHostileFileIsOneFailureOrASafeResult() throws Exception {
        FeedCorpusReport.Report r = FeedCorpusReport.run(List.of(fixtures("hostile")));
        assertEquals(10, r.files());
        assertEquals(3, r.filesWithItems());
        assertEquals(7, r.failures().size());
    }
}
