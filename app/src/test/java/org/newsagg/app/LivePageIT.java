package org.newsagg.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.app.demo.AggregateTable;
import org.newsagg.app.demo.DemoPipeline;
import org.newsagg.app.demo.SampleFeeds;
import org.newsagg.cluster.TopicSnapshot;
import org.newsagg.model.Aggregate;
import org.newsagg.model.EventTag;
import org.newsagg.model.Json;
import org.newsagg.model.TaggedArticle;
import org.newsagg.model.Topics;
import org.newsagg.sink.codes.Codebook;
import org.newsagg.sink.evidence.EventEvidence;
import org.newsagg.testkit.ChromiumPage;
import org.newsagg.testkit.EmbeddedBroker;
import org.newsagg.testkit.IsolatedRun;

/**
 * What a person sees: the bundled samples replayed through the whole pipeline on a real broker, and the sink's live
 * page in headless Chromium, driven as a person would (it loads, a bar is clicked). Its lists are compared with the
 * aggregates topic read independently and with the demo's table, and the articles it lists behind a clicked dyad
 * with the tagged topic read independently.
 */
class LivePageIT {

    static final Duration WAIT = Duration.ofSeconds(60);
    static final List<String> TABLE_DIMENSIONS = List.of("actor", "eventRoot", "dyad", "outlet");

    /** A ranked list's rows as "rank code name ... count": the texts of each row's innermost elements. */
    static String rowsOf(String listId) {
        return "[...document.querySelectorAll('#" + listId + " li.row')].map(li => [...li.querySelectorAll('*')]"
                + ".filter(n => n.children.length === 0).map(n => n.textContent.trim()).filter(t => t).join(' '))";
    }

    /**
     * Waits until the page shows {@code expected} (the page redraws every few seconds, and draws names once they are
     * loaded); if it never does, fails showing what it shows.
     */
    static void assertShows(ChromiumPage page, List<String> expected, String expression) {
        try {
            page.waitFor("JSON.stringify(" + expression + ") === " + Json.write(Json.write(expected)), WAIT);
        } catch (AssertionError e) {
            assertEquals(expected, strings(page.eval(expression, WAIT)), e.getMessage());
        }
    }

    /** Each listed article as "headline | link | outlet | time | code sentence [marked words]...". */
    static final String EVIDENCE_ROWS = "[...document.querySelectorAll('#evidence-articles li[data-id]')].map(li => "
            + "[li.querySelector('.headline').textContent, li.querySelector('.headline').getAttribute('href'), "
            + "li.querySelector('.outlet').textContent, li.querySelector('time').textContent, "
            + "...[...li.querySelectorAll('.event')].map(e => e.querySelector('.code').textContent + ' ' "
            + "+ e.querySelector('.sentence').textContent + ' [' + e.querySelector('mark').textContent + ']')]"
            + ".join(' | '))";

    @RegisterExtension
    static final EmbeddedBroker kafka = new EmbeddedBroker();

    @TempDir
    static Path work;

    @Test
    void aPersonSeesNamedCodesALegendTheDemosTopKeysAndTheArticlesBehindAClickedBar() throws Exception {
        boolean present = ChromiumPage.available();
        if (!present && System.getenv("CI") != null) fail(ChromiumPage.BINARY + " is missing: .ci/run installs it");
        assumeTrue(present, ChromiumPage.BINARY + " is missing (apt-get install chromium) to run the page test");
        Codebook codes = Codebook.bundled();

        try (DemoPipeline p = DemoPipeline.start(IsolatedRun.settings(kafka.broker(), "page"), work.resolve("state"), new SimpleMeterRegistry(), null)) {
            p.replay(SampleFeeds.extractTo(work.resolve("feeds")));
            p.awaitDrained(Duration.ofMinutes(2));

            // Independently: the last 24-hour window is the hopping window ending at the end of the newest article's
            // hour; its ten actors with most articles, ties by code (the page lists ten), each with its name.
            Map<String, Aggregate> topic = p.aggregates();
            Instant newest = topic.values().stream().map(Aggregate::lastSeen).max(Comparator.naturalOrder()).orElseThrow();
            Instant windowEnd = newest.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
            Instant windowStart = windowEnd.minus(Duration.ofHours(24));
            List<Aggregate> actors = topic.values().stream()
                    .filter(a -> a.dimension().equals("actor") && a.window().equals("24h")
                            && a.windowEnd().equals(windowEnd))
                    .sorted(Comparator.comparingLong(Aggregate::articles).reversed().thenComparing(Aggregate::key))
                    .limit(10).toList();
            assertTrue(actors.size() >= 3, "the samples' last day has actors: " + actors);
            List<String> expectedActors = new ArrayList<>();
            for (int i = 0; i < actors.size(); i++) {
                Aggregate a = actors.get(i);
                String name = codes.name("actor", a.key()).name();
                expectedActors.add((i + 1) + " " + a.key() + (name == null ? "" : " " + name) + " " + a.articles());
            }
            assertTrue(codes.name("actor", actors.get(0).key()).name() != null, "the top actor has a name");

            // The demo's table, as `newsagg demo` prints it: the same window, the same keys in the same order.
            AggregateTable table = AggregateTable.fromApi(p.sink().readModel().orElseThrow(), "24h",
                    TABLE_DIMENSIONS, 10);
            assertEquals(windowStart, table.windowStart());
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            table.print(codes, new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertTrue(printed.toString(StandardCharsets.UTF_8).contains("== 24h window from " + windowStart + " to "
                    + windowEnd + " (the last 24 hours, as on the live page) =="), printed.toString(StandardCharsets.UTF_8));

            String url = "http://127.0.0.1:" + p.sink().httpPort().orElseThrow() + "/";
            try (ChromiumPage page = ChromiumPage.open(url, Files.createDirectories(work.resolve("profile")))) {
                page.waitFor("document.querySelectorAll('#top-actors li.row').length === " + actors.size()
                        + " && document.querySelectorAll('#top-dyads li.row').length > 0", WAIT);

                // Names beside codes, in the order and with the counts the topic has.
                assertShows(page, expectedActors, rowsOf("top-actors"));
                // The demo table's top keys, list by list.
                assertEquals(keys(table, "actor"), attribute(page, "top-actors", "data-key"));
                assertEquals(keys(table, "eventRoot"), attribute(page, "top-events", "data-key"));
                assertEquals(keys(table, "dyad"), attribute(page, "top-dyads", "data-key"));
                List<String> roots = strings(page.eval(rowsOf("top-events"), WAIT));
                for (int i = 0; i < roots.size(); i++) {
                    Aggregate root = table.top().get("eventRoot").get(i);
                    assertEquals((i + 1) + " " + root.key() + " " + codes.rootName(root.key()).orElseThrow() + " "
                            + root.articles(), roots.get(i));
                }
                assertEquals("24 hours from " + minute(windowStart) + " to " + minute(windowEnd) + " UTC",
                        page.eval("document.getElementById('window-label').textContent", WAIT).asText());

                // The legend: each column and why sources can exceed articles.
                assertEquals(List.of("articles", "stories", "sources", "copies", "events", "goldstein"),
                        strings(page.eval("[...document.querySelectorAll('#legend dt')].map(d => d.textContent)", WAIT)));
                assertTrue(page.eval("document.getElementById('legend').textContent.replace(/\\s+/g, ' ')", WAIT)
                        .asText().contains("A wire story reprinted by three other outlets is 1 article from 4 sources: "
                                + "that is why sources can exceed articles."));

                // Click the top dyad's bar: the articles behind it, newest first, with each event's sentence and
                // trigger, as the tagged topic has them.
                Aggregate dyad = table.top().get("dyad").get(0);
                page.eval("document.querySelector('#top-dyads li.row').click()", WAIT);
                List<String> expected = evidence(p, dyad.key(), windowStart, windowEnd);
                assertEquals(Math.min(50, dyad.articles()), expected.size(), "the tagged topic has every article counted");
                page.waitFor("document.querySelectorAll('#evidence-articles li[data-id]').length === " + expected.size(),
                        WAIT);
                assertShows(page, expected, EVIDENCE_ROWS);
                assertEquals("Behind the count: " + String.join(" ", dyadWords(codes, dyad.key())),
                        page.eval("document.getElementById('evidence-title').innerText.replace(/\\s+/g, ' ')", WAIT)
                                .asText());
                assertEquals("articles stories sources copies events goldstein " + dyad.articles() + " "
                        + dyad.stories() + " " + dyad.sources() + " " + dyad.syndicated() + " " + dyad.events() + " "
                        + number(dyad.goldsteinAvg()), page.eval("document.getElementById('evidence-counts')"
                        + ".innerText.replace(/\\s+/g, ' ').trim()", WAIT).asText());
            }
        }
    }

    /** The articles the tagged topic has under a dyad in the window, newest first, as the page lists them. */
    static List<String> evidence(DemoPipeline p, String dyad, Instant from, Instant to) {
        Map<String, TaggedArticle> tagged = TopicSnapshot.latestByKey(p.clientProperties(),
                Topics.from(p.settings()).taggedTopic(), Duration.ofSeconds(30));
        return tagged.values().stream()
                .filter(t -> !t.article().published().isBefore(from) && t.article().published().isBefore(to))
                .filter(t -> !events(t, dyad).isEmpty())
                .sorted(Comparator.comparing((TaggedArticle t) -> t.article().published()).reversed()
                        .thenComparing(t -> t.article().id()))
                .limit(50)
                .map(t -> {
                    List<String> fields = new ArrayList<>(List.of(t.article().title() == null ? t.article().url()
                            : t.article().title(), t.article().url(), t.article().source(),
                            minute(t.article().published()) + " UTC"));
                    for (EventTag e : events(t, dyad)) {
                        EventEvidence ev = EventEvidence.of(e);
                        String sentence = ev.sentence() == null ? "" : ev.sentence();
                        int at = ev.trigger() == null ? -1 : sentence.toLowerCase(Locale.ROOT)
                                .indexOf(ev.trigger().toLowerCase(Locale.ROOT));
                        String marked = at < 0 ? (ev.trigger() == null ? "?" : ev.trigger())
                                : sentence.substring(at, at + ev.trigger().length());
                        fields.add(ev.code() + " " + sentence + " [" + marked + "]");
                    }
                    return String.join(" | ", fields);
                }).toList();
    }

    static List<EventTag> events(TaggedArticle t, String dyad) {
        return t.events() == null ? List.of() : t.events().stream().filter(EventTag::asserted)
                .filter(e -> dyad.equals(e.source() + "|" + e.root() + "|" + e.target())).toList();
    }

    /** A dyad's words as the page writes them: source code and name, arrow, target code and name, root and name. */
    static List<String> dyadWords(Codebook codes, String dyad) {
        String[] f = dyad.split("\\|");
        List<String> words = new ArrayList<>();
        for (String part : List.of(f[0], "→", f[2], f[1])) {
            words.add(part);
            if (part.equals("→")) continue;
            (part.equals(f[1]) ? codes.rootName(part) : codes.actorName(part)).ifPresent(words::add);
        }
        return words;
    }

    static List<String> keys(AggregateTable table, String dimension) {
        return table.top().get(dimension).stream().map(Aggregate::key).toList();
    }

    static List<String> attribute(ChromiumPage page, String listId, String attribute) {
        return strings(page.eval("[...document.querySelectorAll('#" + listId + " li.row')].map(li => li.getAttribute('"
                + attribute + "'))", WAIT));
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static String minute(Instant t) {
        return t.toString().substring(0, 10) + " " + t.toString().substring(11, 16);
    }

    /** A number as JavaScript's String() writes it: -10 and 1.5, never -10.0. */
    static String number(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
