package org.newsagg.ingest.feeds;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsagg.model.Article;

/**
 * Measures the parser against a directory of real feeds: which files yield items, which fail and why, how many
 * items have a title, link and date, which repairs were needed. Where a file states in a comment what its first
 * entry's title or link must be (feedparser's "Expect:" lines), it also counts how many match.
 *
 * <p>Usage: {@code java -cp ... org.newsagg.ingest.feeds.FeedCorpusReport <file-or-dir>...}
 */
public final class FeedCorpusReport {

    /** Far beyond any real date, so that no item date is taken for "future" and a missing one is recognisable. */
    private static final Instant NO_DATE = Instant.parse("9999-01-01T00:00:00Z");
    private static final Pattern ITEM_TAG = Pattern.compile("<(?:item|entry)[\\s>]");
    private static final Pattern EXPECT = Pattern.compile(
            "entries\\[0\\](?:\\['(title|link)'\\]|\\.(title|link)) == u?'((?:[^'\\\\]|\\\\.)*)'");

    public record Failure(Path file, String error) {}

    public record Mismatch(Path file, String field, String expected, String actual) {}

    /** A parsed file with fewer articles than {@code <item>}/{@code <entry>} tags: items were skipped or lost. */
    public record Shortfall(Path file, int itemTags, int articles) {}

    public record Report(int files, int filesWithItems, int filesWithoutItems, List<Failure> failures, long items,
            long itemsWithTitle, long itemsWithLink, long itemsWithDate, Map<String, Integer> recoveriesByKind,
            List<Shortfall> shortfalls, int expectationsChecked, int expectationsMet,
            int expectationsMetAsPlainText, List<Mismatch> mismatches,
            double feedsPerSecond) {}

    private FeedCorpusReport() {}

    public static Report run(List<Path> paths) {
        List<Path> files = FeedFiles.list(paths);
        FeedParser parser = new FeedParser();
        List<Failure> failures = new ArrayList<>();
        List<Mismatch> mismatches = new ArrayList<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        Map<String, Integer> recoveries = new TreeMap<>();
        int withItems = 0;
        long items = 0, titled = 0, linked = 0, dated = 0;
        int checked = 0, met = 0, metAsPlainText = 0;
        long start = System.nanoTime();
        for (Path file : files) {
            byte[] body;
            try {
                body = Files.readAllBytes(file);
            } catch (IOException e) {
                failures.add(new Failure(file, file + ": cannot read: " + e.getMessage()));
                continue;
            }
            ParsedFeed feed;
            try {
                feed = parser.parse(body, file.toString(), FeedSource.of(file.toUri().toString()), NO_DATE);
            } catch (FeedParseException e) {
                failures.add(new Failure(file, e.getMessage()));
                continue;
            }
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
            Matcher expect = EXPECT.matcher(new String(body, 0, Math.min(body.length, 2000), StandardCharsets.ISO_8859_1));
            if (expect.find()) {
                checked++;
                String field = expect.group(1) != null ? expect.group(1) : expect.group(2);
                String expected = expect.group(3).replaceAll("\\\\(.)", "$1");
                Article first = feed.articles().isEmpty() ? null : feed.articles().get(0);
                String actual = first == null ? null : field.equals("title") ? first.title() : first.url();
                if (expected.equals(actual)) {
                    met++;
                    metAsPlainText++;
                } else {
                    // Articles carry plain text by contract where feedparser keeps (sanitized) HTML.
                    if (field.equals("title") && Objects.equals(PlainText.fromHtml(expected), actual)) metAsPlainText++;
                    mismatches.add(new Mismatch(file, field, expected, actual));
                }
            }
        }
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        int parsed = files.size() - failures.size();
        return new Report(files.size(), withItems, parsed - withItems, failures, items, titled, linked, dated,
                recoveries, shortfalls, checked, met, metAsPlainText, mismatches, files.size() / seconds);
    }

    public static void print(Report r, PrintStream out) {
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
        r.recoveriesByKind().forEach((kind, n) -> out.printf("  %-32s %5d%n", kind, n));
        out.println("files with fewer articles than <item>/<entry> tags");
        for (Shortfall f : r.shortfalls()) {
            out.printf("  %s: %d tags, %d articles%n", f.file(), f.itemTags(), f.articles());
        }
        if (r.expectationsChecked() > 0) {
            out.printf("Expect: title/link checked %6d, met %d, met once the expected HTML is made plain text %d%n",
                    r.expectationsChecked(), r.expectationsMet(), r.expectationsMetAsPlainText());
            for (Mismatch m : r.mismatches()) {
                out.printf("  mismatch %s %s: expected '%s', got '%s'%n", m.file(), m.field(), m.expected(), m.actual());
            }
        }
        out.println("failures");
        for (Failure f : r.failures()) out.println("  " + f.error());
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: FeedCorpusReport <feed file or directory>...");
            System.exit(2);
        }
        List<Path> paths = Stream.of(args).map(Path::of).toList();
        print(run(paths), System.out);
        // The first pass includes class loading and JIT warm-up; a second pass shows steady-state speed.
        System.out.printf("feeds/s, second pass        %9.1f%n", run(paths).feedsPerSecond());
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
