package org.newsagg.sink.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.sink.query.ArticleFixtures;
import org.newsagg.sink.query.LocalReadModel;
import org.newsagg.sink.query.SinkDriver;
import org.newsagg.testkit.ChromiumPage;

class LivePageTest {

    private static final Pattern ROW = Pattern.compile("<li[^>]*>(.*?)</li>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern BAR_TITLE = Pattern.compile("<rect[^>]*data-count=\"[1-9][0-9]*\"[^>]*><title>([^<]*)</title>");

    @TempDir
    Path stateDir;
    @TempDir
    Path profile;

    SinkDriver sink;
    SinkWebServer server;

    @AfterEach
    void stop() {
        if (server != null) server.close();
        if (sink != null) sink.close();
    }

    /** The text of each row of the list with this id, tags turned into spaces. */
    static List<String> rows(String dom, String listId) {
        int start = dom.indexOf("id=\"" + listId + "\"");
        assertTrue(start >= 0, "no list " + listId + " in the page");
        String list = dom.substring(start, dom.indexOf("</ol>", start));
        List<String> out = new ArrayList<>();
        Matcher m = ROW.matcher(list);
        while (m.find()) out.add(TAG.matcher(m.group(1)).replaceAll(" ").replaceAll("\\s+", " ").trim());
        return out;
    }

    @Test
    void thePageShowsTheTopListsTrendingAndTheTopActorsHourlyBarsFromTheApi() {
        HeadlessChromium.require();
        sink = new SinkDriver(stateDir, Map.of("newsagg.sink.trending.min-articles", "1"));
        sink.pipe(ArticleFixtures.read(ApiHandlerTest.class, "morning.txt"));
        LocalReadModel model = sink.readModel();
        server = SinkWebServer.bind(0).serve(model, model, sink.evidence(), sink.evidence(), sink.config().windows(),
                sink.config().trending().dimensions(), () -> "RUNNING");

        String dom = HeadlessChromium.dumpDom("http://127.0.0.1:" + server.port() + "/", profile);

        // Each code with its name from the tagger's dictionaries (/api/names).
        assertEquals(List.of("1 RUSMIL Russia military 5", "2 USAGOV United States government 4",
                "3 UKRMIL Ukraine military 2", "4 CHNGOV China government 1", "5 NATO NATO 1"), rows(dom, "top-actors"));
        assertEquals(List.of("1 11 Disapprove 3", "2 04 Consult 2", "3 19 Use conventional military force 2"),
                rows(dom, "top-events"));
        assertEquals(List.of(
                "1 RUSMIL Russia military → UKRMIL Ukraine military 19 Use conventional military force 2",
                "2 USAGOV United States government → CHNGOV China government 04 Consult 2",
                "3 USAGOV United States government → RUSMIL Russia military 11 Disapprove 2",
                "4 UKRMIL Ukraine military → RUSMIL Russia military 11 Disapprove 1"), rows(dom, "top-dyads"));
        assertEquals(List.of("1 NATO NATO ×24.0 · 1 in 24h 1", "2 USAGOV United States government ×6.0 · 4 in 24h 1",
                "3 RUSMIL Russia military ×4.8 · 5 in 24h 1"), rows(dom, "trending-actor"));
        assertEquals(List.of("1 USAGOV United States government → CHNGOV China government 04 Consult ×12.0 · 2 in 24h 1"),
                rows(dom, "trending-dyad"));
        assertTrue(dom.contains("24 hours from 2025-03-09 10:00 to 2025-03-10 10:00 UTC"), "window label");

        // The top actor is selected: its hours with articles, in the 24 hours up to the current one.
        assertTrue(dom.contains("<span id=\"timeline-actor\"><span class=\"code\">RUSMIL</span> <span class=\"name\">"
                + "Russia military</span></span>"), "timeline heading");
        List<String> bars = new ArrayList<>();
        Matcher m = BAR_TITLE.matcher(dom);
        while (m.find()) bars.add(m.group(1));
        assertEquals(List.of("2025-03-10 06:00 UTC: 1 article", "2025-03-10 07:00 UTC: 1 article",
                "2025-03-10 08:00 UTC: 2 articles", "2025-03-10 09:00 UTC: 1 article"), bars);
        assertEquals(24, dom.split("<rect ", -1).length - 1, "one bar per hour");
    }

    /** Each listed article as "headline | link | outlet | time | code sentence [trigger]...", as the page shows it. */
    static final String EVIDENCE_ROWS = "[...document.querySelectorAll('#evidence-articles li[data-id]')].map(li => "
            + "[li.querySelector('.headline').textContent, li.querySelector('.headline').getAttribute('href'), "
            + "li.querySelector('.outlet').textContent, li.querySelector('time').textContent, "
            + "...[...li.querySelectorAll('.event')].map(e => e.querySelector('.code').textContent + ' ' "
            + "+ e.querySelector('.sentence').textContent + ' [' + e.querySelector('mark').textContent + ']')]"
            + ".join(' | '))";

    @Test
    void clickingADyadsBarListsTheArticlesBehindItWithTheirSentencesAndTriggers() {
        HeadlessChromium.require();
        sink = new SinkDriver(stateDir, Map.of());
        sink.pipe(ArticleFixtures.read(ApiHandlerTest.class, "morning.txt"));
        LocalReadModel model = sink.readModel();
        server = SinkWebServer.bind(0).serve(model, model, sink.evidence(), sink.evidence(), sink.config().windows(),
                sink.config().trending().dimensions(), () -> "RUNNING");
        try (ChromiumPage page = ChromiumPage.open("http://127.0.0.1:" + server.port() + "/", profile)) {
            Duration wait = Duration.ofSeconds(30);
            page.waitFor("document.querySelectorAll('#top-dyads li.row').length === 4", wait);
            page.eval("document.querySelector('#top-dyads li[data-key=\"RUSMIL|19|UKRMIL\"]').click()", wait);
            page.waitFor("document.querySelectorAll('#evidence-articles li[data-id]').length === 2", wait);
            assertEquals(List.of(
                    "Headline a5 | https://wire.example/a5 | wire | 2025-03-10 08:30 UTC | 190 sentence [trigger]",
                    "Headline a4 | https://gazette.example/a4 | gazette | 2025-03-10 08:05 UTC | 190 sentence [trigger]"),
                    strings(page.eval(EVIDENCE_ROWS, wait)));
            assertEquals("Behind the count: RUSMIL Russia military → UKRMIL Ukraine military 19 Use conventional "
                    + "military force", page.eval("document.getElementById('evidence-title').innerText"
                    + ".replace(/\\s+/g, ' ')", wait).asText());
            assertEquals("articles stories sources copies events goldstein 2 1 2 0 2 -10", page.eval(
                    "document.getElementById('evidence-counts').innerText.replace(/\\s+/g, ' ').trim()", wait).asText());

            // An hour of the timeline: the top actor's articles in that hour.
            page.eval("document.querySelector('#timeline rect[data-start=\"2025-03-10T08:00:00.000Z\"]')"
                    + ".dispatchEvent(new MouseEvent('click'))", wait);
            page.waitFor("document.getElementById('evidence-window').textContent.startsWith('actor · 1h')", wait);
            page.waitFor("document.querySelectorAll('#evidence-articles li[data-id]').length === 2"
                    + " && !document.querySelector('#evidence-articles .event')", wait);
            assertEquals(List.of("Headline a5 | https://wire.example/a5 | wire | 2025-03-10 08:30 UTC",
                    "Headline a4 | https://gazette.example/a4 | gazette | 2025-03-10 08:05 UTC"),
                    strings(page.eval(EVIDENCE_ROWS, wait)));
        }
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
