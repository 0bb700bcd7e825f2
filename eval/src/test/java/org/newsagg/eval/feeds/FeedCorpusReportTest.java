package org.newsagg.eval.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsagg.testkit.ResourceDirectory;

class FeedCorpusReportTest {

    private static Path fixtures(String dir) {
        return ResourceDirectory.of("/feeds/" + dir);
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
    void expectLinesAreCheckedOnTheFirstEntryAndSplitByWellFormedness() throws Exception {
        Path dir = fixtures("expect");
        List<Integer> progress = new ArrayList<>();
        FeedCorpusReport.Report r = FeedCorpusReport.run(List.of(dir), progress::add);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), progress);
        assertEquals(new FeedCorpusReport.ExpectChecks(4, 2, 3), r.expectWellFormed());
        assertEquals(new FeedCorpusReport.ExpectChecks(2, 1, 1), r.expectIllFormed());
        assertEquals(List.of(
                new FeedCorpusReport.Mismatch(dir.resolve("link-missed.xml"), true, "link",
                        "https://cape.example.org/harbour-dues", "https://cape.example.org/dues", false),
                new FeedCorpusReport.Mismatch(dir.resolve("title-html.xml"), true, "title",
                        "Ferry fares <em>frozen</em> for winter", "Ferry fares frozen for winter", true),
                new FeedCorpusReport.Mismatch(dir.resolve("truncated.xml"), false, "link",
                        "https://cape.example.org/tides", null, false)), r.mismatches());
        assertEquals(1, r.failures().size());
    }

    @Test
    void printsExpectChecksAsATableAndEachMiss() throws Exception {
        Path dir = fixtures("expect");
        StringWriter text = new StringWriter();
        FeedCorpusReport.print(FeedCorpusReport.run(List.of(dir)), new PrintWriter(text, true));
        String out = text.toString();
        assertTrue(out.contains("""
                Expect: first entry's title/link    checked     met  met as plain text
                  in well-formed files                    4       2                  3
                  in ill-formed files                     2       1                  1
                  MISS %1$s/link-missed.xml link: expected 'https://cape.example.org/harbour-dues', got 'https://cape.example.org/dues'
                  equal as plain text %1$s/title-html.xml title: expected 'Ferry fares <em>frozen</em> for winter', got 'Ferry fares frozen for winter'
                  MISS %1$s/truncated.xml (ill-formed) link: expected 'https://cape.example.org/tides', got no entry
                """.formatted(dir)), out);
    }

    @Test
    void wellFormednessIsTheXmlSpecificationsNotTheRepairedText() {
        assertTrue(FeedCorpusReport.isWellFormedXml("<a>x &amp; y</a>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(FeedCorpusReport.isWellFormedXml(
                "<!DOCTYPE a [<!ENTITY w \"wave\">]><a>&w;</a>".getBytes(StandardCharsets.UTF_8)));
        assertFalse(FeedCorpusReport.isWellFormedXml("<a>x & y</a>".getBytes(StandardCharsets.UTF_8)));
        assertFalse(FeedCorpusReport.isWellFormedXml("<a>&nbsp;</a>".getBytes(StandardCharsets.UTF_8)));
        assertFalse(FeedCorpusReport.isWellFormedXml("<a></a".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyHostileFileIsOneFailureOrASafeResult() throws Exception {
        FeedCorpusReport.Report r = FeedCorpusReport.run(List.of(fixtures("hostile")));
        assertEquals(10, r.files());
        assertEquals(3, r.filesWithItems());
        assertEquals(7, r.failures().size());
    }
}
