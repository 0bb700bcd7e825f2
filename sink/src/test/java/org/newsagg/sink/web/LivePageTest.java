package org.newsagg.sink.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
        server = SinkWebServer.bind(0).serve(model, model, sink.config().windows(),
                sink.config().trending().dimensions(), () -> "RUNNING");

        String dom = HeadlessChromium.dumpDom("http://127.0.0.1:" + server.port() + "/", profile);

        assertEquals(List.of("1 RUSMIL 5", "2 USAGOV 4", "3 UKRMIL 2", "4 CHNGOV 1", "5 NATO 1"),
                rows(dom, "top-actors"));
        assertEquals(List.of("1 11 Disapprove 3", "2 04 Consult 2", "3 19 Fight 2"), rows(dom, "top-events"));
        assertEquals(List.of("1 RUSMIL → UKRMIL Fight 2", "2 USAGOV → CHNGOV Consult 2",
                "3 USAGOV → RUSMIL Disapprove 2", "4 UKRMIL → RUSMIL Disapprove 1"), rows(dom, "top-dyads"));
        assertEquals(List.of("1 NATO ×24.0 · 1 in 24h 1", "2 USAGOV ×6.0 · 4 in 24h 1", "3 RUSMIL ×4.8 · 5 in 24h 1"),
                rows(dom, "trending-actor"));
        assertEquals(List.of("1 USAGOV → CHNGOV Consult ×12.0 · 2 in 24h 1"), rows(dom, "trending-dyad"));
        assertTrue(dom.contains("24 hours from 2025-03-09 10:00 to 2025-03-10 10:00 UTC"), "window label");

        // The top actor is selected: its hours with articles, in the 24 hours up to the current one.
        assertTrue(dom.contains("<span id=\"timeline-actor\" class=\"code\">RUSMIL</span>"), "timeline heading");
        List<String> bars = new ArrayList<>();
        Matcher m = BAR_TITLE.matcher(dom);
        while (m.find()) bars.add(m.group(1));
        assertEquals(List.of("2025-03-10 06:00 UTC: 1 article", "2025-03-10 07:00 UTC: 1 article",
                "2025-03-10 08:00 UTC: 2 articles", "2025-03-10 09:00 UTC: 1 article"), bars);
        assertEquals(24, dom.split("<rect ", -1).length - 1, "one bar per hour");
    }
}
