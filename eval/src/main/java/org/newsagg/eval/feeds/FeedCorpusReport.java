package org.newsagg.eval.feeds;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.newsagg.ingest.feeds.FeedFiles;
import org.newsagg.ingest.feeds.FeedParseException;
import org.newsagg.ingest.feeds.FeedParser;
import org.newsagg.ingest.feeds.FeedSource;
import org.newsagg.ingest.feeds.ParsedFeed;
import org.newsagg.ingest.feeds.PlainText;
import org.newsagg.model.Article;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Measures the parser against a directory of real feeds: which files yield items, which fail and why, how many
 * items have a title, link and date, which repairs were needed. Where a file states in a comment what its first
 * entry's title or link must be (feedparser's "Expect:" lines), it also counts how many match, separately for
 * well-formed XML files (judged by the JDK's own XML parser, not by this module's repairs) and ill-formed ones.
 *
 * <p>Usage: {@code java -cp ... org.newsagg.eval.feeds.FeedCorpusReport <file-or-dir>...}
 */
public final class FeedCorpusReport {

    /** Far beyond any real date, so that no item date is taken for "future" and a missing one is recognisable. */
    private static final Instant NO_DATE = Instant.parse("9999-01-01T00:00:00Z");
    private static final Pattern ITEM_TAG = Pattern.compile("<(?:item|entry)[\\s>]");
    /**
     * {@code entries[0]['title'] == 'X'} or {@code entries[0].link == 'X'}, also chained through other entries'
     * same field ({@code entries[0]['link'] == entries[1]['link'] == 'X'}), where only the first entry is checked.
     */
    private static final Pattern EXPECT = Pattern.compile(
            "entries\\[0\\](?:\\['(title|link)'\\]|\\.(title|link))\\s*==\\s*"
                    + "(?:entries\\[\\d+\\](?:\\['(?:title|link)'\\]|\\.(?:title|link))\\s*==\\s*)*"
                    + "u?'((?:[^'\\\\]|\\\\.)*)'");

    // Paths are written to JSON as the report prints them (Jackson's default would be a file: URI).
    public record Failure(@JsonSerialize(using = ToStringSerializer.class) Path file, String error) {}

    /**
     * A first entry whose title or link differs from what its file's Expect: line states.
     *
     * @param actual             null when the file gave no entry (or failed: see the failures)
     * @param equalAsPlainText   the expected HTML, made plain text, is what the article carries
     */
    public record Mismatch(@JsonSerialize(using = ToStringSerializer.class) Path file, boolean wellFormed,
            String field, String expected, String actual, boolean equalAsPlainText) {}

    /** Expect: checks of one kind of file: how many were stated, met exactly, and met once made plain text. */
    public record ExpectChecks(int checked, int met, int metAsPlainText) {

        static final ExpectChecks NONE = new ExpectChecks(0, 0, 0);

        ExpectChecks plus(boolean exact, boolean asPlainText) {
            return new ExpectChecks(checked + 1, met + (exact ? 1 : 0), metAsPlainText + (asPlainText ? 1 : 0));
        }
    }

    /** A parsed file with fewer articles than {@code <item>}/{@code <entry>} tags: items were skipped or lost. */
    public record Shortfall(@JsonSerialize(using = ToStringSerializer.class) Path file, int itemTags, int articles) {}

    public record Report(int files, int filesWithItems, int filesWithoutItems, List<Failure> failures, long items,
            long itemsWithTitle, long itemsWithLink, long itemsWithDate, Map<String, Integer> recoveriesByKind,
            List<Shortfall> shortfalls, ExpectChecks expectWellFormed, ExpectChecks expectIllFormed,
            List<Mismatch> mismatches, double feedsPerSecond) {}

    private FeedCorpusReport() {}

    public static Report run(List<Path> paths) {
        return run(paths, done -> {});
    }

    /**
     * @param progress told the number of files done after each one, out of {@code FeedFiles.list(paths).size()}
     */
    public static Report run(List<Path> paths, IntConsumer progress) {
        List<Path> files = FeedFiles.list(paths);
        FeedParser parser = new FeedParser();
        List<Failure> failures = new ArrayList<>();
        List<Mismatch> mismatches = new ArrayList<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        Map<String, Integer> recoveries = new TreeMap<>();
        int withItems = 0;
        long items = 0, titled = 0, linked = 0, dated = 0;
        ExpectChecks wellFormed = ExpectChecks.NONE, illFormed = ExpectChecks.NONE;
        long start = System.nanoTime();
        int done = 0;
        for (Path file : files) {
            progress.accept(done++);
            byte[] body;
            try {
                body = Files.readAllBytes(file);
            } catch (IOException e) {
                failures.add(new Failure(file, file + ": cannot read: " + e.getMessage()));
                continue;
            }
            ParsedFeed feed = null;
            try {
                feed = parser.parse(body, file.toString(), FeedSource.of(file.toUri().toString()), NO_DATE);
            } catch (FeedParseException e) {
                failures.add(new Failure(file, e.getMessage()));
            }
            Matcher expect = EXPECT.matcher(new String(body, 0, Math.min(body.length, 2000), StandardCharsets.ISO_8859_1));
            if (expect.find()) {
                // A file that fails still states what a reader should get from it: a miss, not a file left out.
                String field = expect.group(1) != null ? expect.group(1) : expect.group(2);
                String expected = expect.group(3).replaceAll("\\\\(.)", "$1");
                Article first = feed == null || feed.articles().isEmpty() ? null : feed.articles().get(0);
                String actual = first == null ? null : field.equals("title") ? first.title() : first.url();
                boolean exact = expected.equals(actual);
                // Articles carry plain text by contract where feedparser keeps (sanitized) HTML.
                boolean asPlainText = exact || field.equals("title") && actual != null
                        && actual.equals(PlainText.fromHtml(expected));
                boolean xml = isWellFormedXml(body);
                if (xml) wellFormed = wellFormed.plus(exact, asPlainText);
                else illFormed = illFormed.plus(exact, asPlainText);
                if (!exact) mismatches.add(new Mismatch(file, xml, field, expected, actual, asPlainText));
            }
            if (feed == null) continue;
            if (!feed.articles().isEmpty()) withItems++;
            int itemTags = count(ITEM_TAG, new String(body, StandardCharsets.ISO_8859_1));
            if (feed.articles().size() < itemTags) shortfalls.add(new Shortfall(file, itemTags, feed.articles().size()));
            for (Article a : feed.articles()) {
                items++;
                if (a.title() != null) titled++;
                if (a.url() != null) linked++;
                if (!a.published().equals(NO_DATE)) dated++;
            }
            for (String r : feed.recoveries()) {
                int colon = r.indexOf(':');
                recoveries.merge(colon < 0 ? r : r.substring(0, colon), 1, Integer::sum);
            }
        }
        progress.accept(done);
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        int parsed = files.size() - failures.size();
        return new Report(files.size(), withItems, parsed - withItems, failures, items, titled, linked, dated,
                recoveries, shortfalls, wellFormed, illFormed, mismatches, files.size() / seconds);
    }

    /**
     * Whether the bytes are well-formed XML to the JDK's parser, with no repair: which files feedparser's
     * convention calls well-formed. DOCTYPEs are allowed (internal entities are legal XML) but nothing external is
     * ever loaded.
     */
    static boolean isWellFormedXml(byte[] body) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            reader.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            reader.parse(new InputSource(new ByteArrayInputStream(body)));
            return true;
        } catch (SAXException | IOException e) {
            return false;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a standard feature: " + e.getMessage(), e);
        }
    }

    public static void print(Report r, PrintWriter out) {
        out.printf("files                      %6d%n", r.files());
        out.printf("files that yielded items   %6d%n", r.filesWithItems());
        out.printf("files parsed, no items     %6d%n", r.filesWithoutItems());
        out.printf("files that failed          %6d%n", r.failures().size());
        out.printf("items                      %6d%n", r.items());
        out.printf("  with title               %6d%n", r.itemsWithTitle());
        out.printf("  with link                %6d%n", r.itemsWithLink());
        out.printf("  with date                %6d%n", r.itemsWithDate());
        out.printf("feeds/s                    %9.1f%n", r.feedsPerSecond());
        out.println("recoveries (files)");
        int width = r.recoveriesByKind().keySet().stream().mapToInt(String::length).max().orElse(0);
        String row = "  %-" + Math.max(32, width) + "s %5d%n";
        r.recoveriesByKind().forEach((kind, n) -> out.printf(row, kind, n));
        out.println("files with fewer articles than <item>/<entry> tags");
        for (Shortfall f : r.shortfalls()) {
            out.printf("  %s: %d tags, %d articles%n", f.file(), f.itemTags(), f.articles());
        }
        if (r.expectWellFormed().checked() + r.expectIllFormed().checked() > 0) {
            out.println("Expect: first entry's title/link    checked     met  met as plain text");
            printExpect(out, "  in well-formed files", r.expectWellFormed());
            printExpect(out, "  in ill-formed files", r.expectIllFormed());
            for (Mismatch m : r.mismatches()) {
                out.printf("  %s %s%s %s: expected '%s', got %s%n",
                        m.equalAsPlainText() ? "equal as plain text" : "MISS", m.file(),
                        m.wellFormed() ? "" : " (ill-formed)", m.field(), m.expected(),
                        m.actual() == null ? "no entry" : "'" + m.actual() + "'");
            }
        }
        out.println("failures");
        for (Failure f : r.failures()) out.println("  " + f.error());
    }

    private static void printExpect(PrintWriter out, String label, ExpectChecks c) {
        out.printf("%-34s %8d %7d %18d%n", label, c.checked(), c.met(), c.metAsPlainText());
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: FeedCorpusReport <feed file or directory>...");
            System.exit(2);
        }
        List<Path> paths = Stream.of(args).map(Path::of).toList();
        PrintWriter out = new PrintWriter(System.out, true);
        print(run(paths), out);
        // The first pass includes class loading and JIT warm-up; a second pass shows steady-state speed.
        out.printf("feeds/s, second pass        %9.1f%n", run(paths).feedsPerSecond());
        out.flush();
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
