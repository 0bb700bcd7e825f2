package org.newsagg.sink.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.model.Aggregate;
import org.newsagg.model.Json;
import org.newsagg.model.Trending;
import org.newsagg.sink.query.ArticleFixtures;
import org.newsagg.sink.query.LocalReadModel;
import org.newsagg.sink.query.SinkDriver;
import org.newsagg.testkit.RawHttp;

class ApiHandlerTest {

    @TempDir
    static Path stateDir;

    static SinkDriver sink;
    static SinkWebServer server;
    static ApiClient api;
    static final AtomicReference<String> streamsState = new AtomicReference<>("RUNNING");

    @BeforeAll
    static void start() {
        sink = new SinkDriver(stateDir, Map.of("newsagg.sink.trending.min-articles", "1"));
        sink.pipe(ArticleFixtures.read(ApiHandlerTest.class, "morning.txt"));
        LocalReadModel model = sink.readModel();
        server = SinkWebServer.bind(0).serve(model, model, sink.config().windows(),
                sink.config().trending().dimensions(), streamsState::get);
        api = new ApiClient(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        sink.close();
    }

    static <T> T read(ApiClient.Reply r, TypeReference<T> type) throws Exception {
        assertEquals(200, r.status(), r.body());
        return Json.MAPPER.readValue(r.body(), type);
    }

    static List<String> keysAndArticles(List<Aggregate> list) {
        return list.stream().map(a -> a.key() + "=" + a.articles()).toList();
    }

    @Test
    void windowsAnswersTheExactJsonOfOneKeysHourlyWindowsOldestFirst() {
        ApiClient.Reply r = api.get("/api/windows?dimension=actor&key=USAGOV&window=1h"
                + "&from=2025-03-10T07:00:00Z&to=2025-03-10T08:00:00Z");
        assertEquals(200, r.status());
        assertEquals("[{\"schemaVersion\":1,\"dimension\":\"actor\",\"key\":\"USAGOV\",\"window\":\"1h\","
                + "\"windowStart\":\"2025-03-10T07:00:00Z\",\"windowEnd\":\"2025-03-10T08:00:00Z\",\"articles\":2,"
                + "\"stories\":2,\"sources\":2,\"syndicated\":0,\"events\":2,\"goldsteinAvg\":-0.5,"
                + "\"firstSeen\":\"2025-03-10T07:15:00Z\",\"lastSeen\":\"2025-03-10T07:40:00Z\",\"samples\":["
                + "{\"title\":\"Headline a2\",\"url\":\"https://ledger.example/a2\",\"source\":\"ledger\"},"
                + "{\"title\":\"Headline a3\",\"url\":\"https://courier.example/a3\",\"source\":\"courier\"}]}]",
                r.body());
    }

    @Test
    void windowsWithoutARangeShowTheLast24WindowsUpToTheCurrentOne() throws Exception {
        List<Aggregate> series = read(api.get("/api/windows?dimension=actor&key=USAGOV&window=1h"), new TypeReference<>() {});
        assertEquals(List.of("2025-03-10T06:00:00Z=1", "2025-03-10T07:00:00Z=2", "2025-03-10T09:00:00Z=1"),
                series.stream().map(a -> a.windowStart() + "=" + a.articles()).toList());
    }

    @Test
    void topRanksTheCurrent24HourWindowByArticlesWithTiesByKey() throws Exception {
        List<Aggregate> actors = read(api.get("/api/top?dimension=actor&window=24h&n=3"), new TypeReference<>() {});
        assertEquals(List.of("RUSMIL=5", "USAGOV=4", "UKRMIL=2"), keysAndArticles(actors));
        // 09:47 is the newest article: the 24-hour window that covers the last day ends at 10:00
        assertEquals(Instant.parse("2025-03-09T10:00:00Z"), actors.get(0).windowStart());
        assertEquals(Instant.parse("2025-03-10T10:00:00Z"), actors.get(0).windowEnd());

        List<Aggregate> roots = read(api.get("/api/top?dimension=eventRoot&window=24h"), new TypeReference<>() {});
        assertEquals(List.of("11=3", "04=2", "19=2"), keysAndArticles(roots));

        List<Aggregate> dyads = read(api.get("/api/top?dimension=dyad&window=24h"), new TypeReference<>() {});
        assertEquals(List.of("RUSMIL|19|UKRMIL=2", "USAGOV|04|CHNGOV=2", "USAGOV|11|RUSMIL=2", "UKRMIL|11|RUSMIL=1"),
                keysAndArticles(dyads));
        assertEquals(-10.0, dyads.get(0).goldsteinAvg());
    }

    @Test
    void topOfAnExplicitWindowStart() throws Exception {
        List<Aggregate> hour = read(api.get("/api/top?dimension=actor&window=1h&start=2025-03-10T08:00:00Z"),
                new TypeReference<>() {});
        assertEquals(List.of("RUSMIL=2", "UKRMIL=2"), keysAndArticles(hour));
    }

    @Test
    void latestAndNewestGiveTheCurrentWindowBounds() {
        assertEquals("{\"window\":\"24h\",\"windowStart\":\"2025-03-09T10:00:00Z\",\"windowEnd\":\"2025-03-10T10:00:00Z\"}",
                api.get("/api/latest?window=24h").body());
        assertEquals("{\"window\":\"15m\",\"windowStart\":\"2025-03-10T09:45:00Z\",\"windowEnd\":\"2025-03-10T10:00:00Z\"}",
                api.get("/api/latest?window=15m").body());
        assertEquals("{\"newest\":\"2025-03-10T09:47:00Z\"}", api.get("/api/newest").body());
    }

    @Test
    void trendingListsEachRankedDimension() throws Exception {
        List<Trending> all = read(api.get("/api/trending"), new TypeReference<>() {});
        assertEquals(List.of("actor", "dyad"), all.stream().map(Trending::dimension).toList());
        // refreshed at 09:47, the last hour is [08:48, 09:48): NATO 1 of 1, USAGOV 1 of 4, RUSMIL 1 of 5
        assertEquals(List.of(new Trending.Entry(1, "NATO", 1, 1, 24.0), new Trending.Entry(2, "USAGOV", 1, 4, 6.0),
                new Trending.Entry(3, "RUSMIL", 1, 5, 4.8)), all.get(0).ranked());
        assertEquals(Instant.parse("2025-03-10T09:48:00Z"), all.get(0).windowEnd());

        Trending dyads = read(api.get("/api/trending?dimension=dyad"), new TypeReference<>() {});
        assertEquals(List.of(new Trending.Entry(1, "USAGOV|04|CHNGOV", 1, 2, 12.0)), dyads.ranked());
    }

    @Test
    void localEndpointsAnswerTheSameFromThisInstancesStores() throws Exception {
        List<Aggregate> actors = read(api.get("/api/local/top?dimension=actor&window=24h&start=2025-03-09T10:00:00Z&n=2"),
                new TypeReference<>() {});
        assertEquals(List.of("RUSMIL=5", "USAGOV=4"), keysAndArticles(actors));
    }

    @Test
    void dimensionsListsTheRegistryWithWhichOnesTrend() {
        assertEquals(new ApiClient.Reply(200, "["
                + "{\"name\":\"actor\",\"description\":\"a CAMEO actor code: country plus role, an organisation or a "
                + "group\",\"example\":\"USAGOV\",\"trending\":true},"
                + "{\"name\":\"country\",\"description\":\"the ISO 3166 alpha-3 country of an actor\",\"example\":\"USA\","
                + "\"trending\":false},"
                + "{\"name\":\"event\",\"description\":\"a CAMEO event code of an asserted event\",\"example\":\"112\","
                + "\"trending\":false},"
                + "{\"name\":\"eventRoot\",\"description\":\"a CAMEO event root (01-20) of an asserted event\","
                + "\"example\":\"11\",\"trending\":false},"
                + "{\"name\":\"plover\",\"description\":\"the PLOVER category of an asserted event\","
                + "\"example\":\"ACCUSE\",\"trending\":false},"
                + "{\"name\":\"dyad\",\"description\":\"source actor, event root and target actor of an asserted event\","
                + "\"example\":\"USAGOV|11|RUSMIL\",\"trending\":true},"
                + "{\"name\":\"outlet\",\"description\":\"the outlet that published the article\","
                + "\"example\":\"Meridian Wire\",\"trending\":false}]"), api.get("/api/dimensions"));
    }

    @Test
    void badParametersAreRejectedWith400AndAMessageSayingWhatToFix() {
        assertEquals(new ApiClient.Reply(400, "{\"error\":\"parameter dimension is required\"}"),
                api.get("/api/top?window=24h"));
        assertEquals(new ApiClient.Reply(400, "{\"error\":\"unknown window '2h': one of 15m, 1h, 24h\"}"),
                api.get("/api/top?dimension=actor&window=2h"));
        assertEquals(new ApiClient.Reply(400, "{\"error\":\"unknown dimension 'person': one of actor, country, event, "
                + "eventRoot, plover, dyad, outlet\"}"), api.get("/api/top?dimension=person&window=24h"));
        assertEquals(new ApiClient.Reply(400, "{\"error\":\"parameter n must be a whole number from 1 to 1000, got '0'\"}"),
                api.get("/api/top?dimension=actor&window=24h&n=0"));
        assertEquals(new ApiClient.Reply(400, "{\"error\":\"parameter start must be an ISO-8601 instant like "
                + "2025-03-10T08:00:00Z, got 'yesterday'\"}"), api.get("/api/top?dimension=actor&window=24h&start=yesterday"));
        assertEquals(new ApiClient.Reply(400, "{\"error\":\"parameter key is required\"}"),
                api.get("/api/windows?dimension=actor&window=1h"));
        assertEquals(new ApiClient.Reply(400, "{\"error\":\"parameter from must not be after to\"}"),
                api.get("/api/windows?dimension=actor&key=USAGOV&window=1h&from=2025-03-10T09:00:00Z&to=2025-03-10T08:00:00Z"));
        assertEquals(new ApiClient.Reply(400, "{\"error\":\"dimension country is not ranked for trending: one of actor, dyad\"}"),
                api.get("/api/trending?dimension=country"));
        assertEquals(404, api.get("/api/nothing").status());
        assertEquals(404, api.get("/../../etc/passwd").status());
    }

    static final List<String> ENDPOINTS = List.of("/api/windows", "/api/top", "/api/latest", "/api/newest",
            "/api/trending", "/api/dimensions", "/api/local/windows", "/api/local/top", "/api/local/latest",
            "/api/local/newest", "/api/local/trending", "/api/local/dimensions", "/health", "/ready", "/",
            "/index.html", "/app.js", "/api/names", "/api/evidence", "/api/local/evidence");

    static RawHttp.Reply raw(String target) {
        return RawHttp.send(server.port(), "GET", target);
    }

    @Test
    void malformedAndOversizedRequestsToEveryEndpointAre400sThatSayWhatIsWrong() {
        String longPath = "/api/" + "a".repeat(300);
        for (String endpoint : ENDPOINTS) {
            assertEquals(new RawHttp.Reply(400, "{\"error\":\"query string longer than 2048 characters\"}"),
                    raw(endpoint + "?key=" + "x".repeat(3000)), endpoint);
            assertEquals(new RawHttp.Reply(400, "{\"error\":\"path longer than 256 characters\"}"),
                    raw(endpoint + (endpoint.endsWith("/") ? "" : "/") + "a".repeat(300)), endpoint);
            assertEquals(new RawHttp.Reply(400, "{\"error\":\"path contains a control character\"}"),
                    raw(endpoint + (endpoint.endsWith("/") ? "" : "/") + "%00"), endpoint);
            // a target that is no URI (a raw space, a raw quote) is refused by the JDK's server itself
            assertEquals(400, raw(endpoint + "?key=a\"b").status(), endpoint);
            assertEquals(405, RawHttp.send(server.port(), "DELETE", endpoint).status(), endpoint);
        }
        assertEquals(new RawHttp.Reply(400, "{\"error\":\"path longer than 256 characters\"}"), raw(longPath));
        for (String endpoint : ENDPOINTS.stream().filter(e -> e.startsWith("/api/")).toList()) {
            assertEquals(new RawHttp.Reply(400, "{\"error\":\"parameter key is longer than 256 characters\"}"),
                    raw(endpoint + "?key=" + "x".repeat(257)), endpoint);
            assertEquals(new RawHttp.Reply(400, "{\"error\":\"parameter key contains a control character\"}"),
                    raw(endpoint + "?key=US%0AGOV"), endpoint);
            assertEquals(new RawHttp.Reply(400, "{\"error\":\"parameter window given twice\"}"),
                    raw(endpoint + "?window=1h&window=24h"), endpoint);
            assertEquals(new RawHttp.Reply(400, "{\"error\":\"more than 10 parameters\"}"),
                    raw(endpoint + "?a=1&b=1&c=1&d=1&e=1&f=1&g=1&h=1&i=1&j=1&k=1"), endpoint);
            assertEquals(new RawHttp.Reply(400, "{\"error\":\"parameter names are letters only, got '<script>'\"}"),
                    raw(endpoint + "?%3Cscript%3E=1"), endpoint);
            // a broken escape makes the target no URI: the JDK's server refuses it before the handler
            assertEquals(400, raw(endpoint + "?window=%zz").status(), endpoint);
        }
        assertEquals(new RawHttp.Reply(400, "{\"error\":\"/health takes no parameters\"}"), raw("/health?x=1"));
        assertEquals(new RawHttp.Reply(404, "{\"error\":\"no page /healthz\"}"), raw("/healthz"));
    }

    @Test
    void parametersAnEndpointDoesNotTakeAndTimesOutOfRangeAre400s() {
        assertEquals(new ApiClient.Reply(400, "{\"error\":\"unknown parameter dimesion for /api/top: one of "
                + "dimension, n, start, window\"}"), api.get("/api/top?dimesion=actor&window=24h"));
        assertEquals(new ApiClient.Reply(400, "{\"error\":\"/api/newest takes no parameters, got x\"}"),
                api.get("/api/newest?x=1"));
        assertEquals(new ApiClient.Reply(400, "{\"error\":\"parameter to must be from 1970-01-01T00:00:00Z to "
                + "9999-12-31T23:59:59Z, got '-1000000000-01-01T00:00:00Z'\"}"),
                api.get("/api/windows?dimension=actor&key=USAGOV&window=1h&to=-1000000000-01-01T00:00:00Z"));
        assertEquals(new ApiClient.Reply(400, "{\"error\":\"parameter start must be from 1970-01-01T00:00:00Z to "
                + "9999-12-31T23:59:59Z, got '+1000000000-12-31T23:59:59Z'\"}"),
                api.get("/api/top?dimension=actor&window=1h&start=%2B1000000000-12-31T23:59:59Z"));
        assertEquals(new ApiClient.Reply(400, "{\"error\":\"from 1970-01-01T00:00:00Z to 2025-03-10T08:00:00Z spans "
                + "483777 windows of 1h: at most 10000 in one request\"}"),
                api.get("/api/windows?dimension=actor&key=USAGOV&window=1h&from=1970-01-01T00:00:00Z"
                        + "&to=2025-03-10T08:00:00Z"));
        assertEquals(new ApiClient.Reply(400, "{\"error\":\"unknown dimension 'x%y': one of actor, country, event, "
                + "eventRoot, plover, dyad, outlet\"}"), api.get("/api/top?dimension=x%25y&window=1h"));
    }

    @Test
    void healthIsUpWhileTheProcessRunsAndReadyFollowsKafkaStreams() {
        assertEquals(new ApiClient.Reply(200, "{\"status\":\"UP\"}"), api.get("/health"));
        assertEquals(new ApiClient.Reply(200, "{\"status\":\"RUNNING\"}"), api.get("/ready"));
        streamsState.set("REBALANCING");
        try {
            assertEquals(new ApiClient.Reply(503, "{\"status\":\"REBALANCING\"}"), api.get("/ready"));
            assertEquals(new ApiClient.Reply(200, "{\"status\":\"UP\"}"), api.get("/health"));
        } finally {
            streamsState.set("RUNNING");
        }
    }
}
