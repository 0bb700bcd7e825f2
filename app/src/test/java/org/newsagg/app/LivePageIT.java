package org.newsagg.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.app.demo.DemoPipeline;
import org.newsagg.app.demo.SampleFeeds;
import org.newsagg.model.Aggregate;
import org.newsagg.testkit.EmbeddedBroker;
import org.newsagg.testkit.IsolatedRun;

/**
 * What a person sees: the bundled samples replayed through the whole pipeline on a real broker, the sink's live page
 * loaded in headless Chromium, and its top-actors list compared with the aggregates topic read independently.
 */
class LivePageIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Pattern ROW = Pattern.compile("<li[^>]*>(.*?)</li>", Pattern.DOTALL);
    static final Pattern TAG = Pattern.compile("<[^>]+>");

    @RegisterExtension
    static final EmbeddedBroker kafka = new EmbeddedBroker();

    @TempDir
    static Path work;

    @Test
    void thePageShowsTheTopActorsOfTheLast24HoursAsTheAggregatesTopicCountsThem() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM);
        if (!present && System.getenv("CI") != null) fail(CHROMIUM + " is missing: .ci/run installs it");
        assumeTrue(present, CHROMIUM + " is missing (apt-get install chromium) to run the page test");

        try (DemoPipeline p = DemoPipeline.start(IsolatedRun.settings(kafka.broker(), "page"), work.resolve("state"), new SimpleMeterRegistry(), null)) {
            p.replay(SampleFeeds.extractTo(work.resolve("feeds")));
            p.awaitDrained(Duration.ofMinutes(2));

            // Independently: the last 24-hour window is the hopping window ending at the end of the newest article's
            // hour; its ten actors with most articles, ties by code (the page lists ten).
            Map<String, Aggregate> topic = p.aggregates();
            Instant newest = topic.values().stream().map(Aggregate::lastSeen).max(Comparator.naturalOrder()).orElseThrow();
            Instant windowEnd = newest.truncatedTo(java.time.temporal.ChronoUnit.HOURS).plus(Duration.ofHours(1));
            List<String> expected = topic.values().stream()
                    .filter(a -> a.dimension().equals("actor") && a.window().equals("24h")
                            && a.windowEnd().equals(windowEnd))
                    .sorted(Comparator.comparingLong(Aggregate::articles).reversed().thenComparing(Aggregate::key))
                    .limit(10).map(a -> a.key() + " " + a.articles()).toList();
            assertTrue(expected.size() >= 3, "the samples' last day has actors: " + expected);

            Path profile = Files.createDirectories(work.resolve("profile"));
            String dom = dumpDom("http://127.0.0.1:" + p.sink().httpPort().orElseThrow() + "/", profile);
            List<String> shown = new ArrayList<>();
            int i = 1;
            for (String row : rows(dom, "top-actors")) shown.add(row.replaceFirst("^" + i++ + " ", ""));
            assertEquals(expected, shown);
        }
    }

    static List<String> rows(String dom, String listId) {
        int start = dom.indexOf("id=\"" + listId + "\"");
        assertTrue(start >= 0, "no list " + listId + " in the page");
        String list = dom.substring(start, dom.indexOf("</ol>", start));
        List<String> out = new ArrayList<>();
        Matcher m = ROW.matcher(list);
        while (m.find()) out.add(TAG.matcher(m.group(1)).replaceAll(" ").replaceAll("\\s+", " ").trim());
        return out;
    }

    static String dumpDom(String url, Path profile) throws Exception {
        Path out = profile.resolve("dom.html");
        Path err = profile.resolve("chromium.err");
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile.resolve("user"), "--virtual-time-budget=10000",
                "--dump-dom", url).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!chromium.waitFor(90, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            fail("chromium did not finish within 90 s: " + Files.readString(err));
        }
        assertEquals(0, chromium.exitValue(), () -> "chromium failed: " + readQuietly(err));
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (Exception e) {
            return e.toString();
        }
    }
}
