package org.newsagg.sink.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.sink.query.ArticleFixtures;
import org.newsagg.sink.query.LocalReadModel;
import org.newsagg.sink.query.SinkDriver;

/** {@code /api/names} and {@code /api/evidence}: exact answers over the morning fixture, and what they refuse. */
class EvidenceApiTest {

    @TempDir
    static Path stateDir;

    static SinkDriver sink;
    static SinkWebServer server;
    static ApiClient api;

    @BeforeAll
    static void start() {
        sink = new SinkDriver(stateDir, Map.of());
        sink.pipe(ArticleFixtures.read(ApiHandlerTest.class, "morning.txt"));
        LocalReadModel model = sink.readModel();
        server = SinkWebServer.bind(0).serve(model, model, sink.evidence(), sink.evidence(), sink.config().windows(),
                sink.config().trending().dimensions(), () -> "RUNNING");
        api = new ApiClient(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
        sink.close();
    }

    @Test
    void namesGiveAKeyInWordsWithTheCodesItIsMadeOf() {
        assertEquals(new ApiClient.Reply(200, "{\"dimension\":\"actor\",\"key\":\"RUSMIL\",\"name\":\"Russia military\","
                + "\"parts\":[{\"code\":\"RUS\",\"kind\":\"country\",\"name\":\"Russia\"},"
                + "{\"code\":\"MIL\",\"kind\":\"role\",\"name\":\"military\"}]}"),
                api.get("/api/names?dimension=actor&key=RUSMIL"));
        assertEquals(new ApiClient.Reply(200, "{\"dimension\":\"dyad\",\"key\":\"BELGOV|16|IRN\","
                + "\"name\":\"Belgium government → Reduce relations → Iran\","
                + "\"parts\":[{\"code\":\"BELGOV\",\"kind\":\"actor\",\"name\":\"Belgium government\"},"
                + "{\"code\":\"16\",\"kind\":\"eventRoot\",\"name\":\"Reduce relations\"},"
                + "{\"code\":\"IRN\",\"kind\":\"actor\",\"name\":\"Iran\"}]}"),
                api.get("/api/names?dimension=dyad&key=BELGOV%7C16%7CIRN"));
        assertEquals(new ApiClient.Reply(200, "{\"dimension\":\"eventRoot\",\"key\":\"03\","
                + "\"name\":\"Express intent to cooperate\","
                + "\"parts\":[{\"code\":\"03\",\"kind\":\"eventRoot\",\"name\":\"Express intent to cooperate\"}]}"),
                api.get("/api/names?dimension=eventRoot&key=03"));
        // Not in the codebook: no name, the known parts still named.
        assertEquals(new ApiClient.Reply(200, "{\"dimension\":\"actor\",\"key\":\"RUSXYZ\","
                + "\"parts\":[{\"code\":\"RUS\",\"kind\":\"country\",\"name\":\"Russia\"},"
                + "{\"code\":\"XYZ\",\"kind\":\"role\"}]}"),
                api.get("/api/names?dimension=actor&key=RUSXYZ"));
        assertEquals(new ApiClient.Reply(200, "{\"dimension\":\"outlet\",\"key\":\"wire\",\"parts\":[]}"),
                api.get("/api/names?dimension=outlet&key=wire"));
    }

    @Test
    void evidenceListsTheArticlesBehindADyadsCountWithTheirSentencesAndTriggers() {
        String a5 = "{\"id\":\"a5\",\"title\":\"Headline a5\",\"url\":\"https://wire.example/a5\",\"outlet\":\"wire\","
                + "\"published\":\"2025-03-10T08:30:00Z\",\"events\":[{\"code\":\"190\",\"sentence\":\"sentence\","
                + "\"trigger\":\"trigger\"}]}";
        String a4 = "{\"id\":\"a4\",\"title\":\"Headline a4\",\"url\":\"https://gazette.example/a4\","
                + "\"outlet\":\"gazette\",\"published\":\"2025-03-10T08:05:00Z\",\"events\":[{\"code\":\"190\","
                + "\"sentence\":\"sentence\",\"trigger\":\"trigger\"}]}";
        String head = "{\"dimension\":\"dyad\",\"key\":\"RUSMIL|19|UKRMIL\",\"name\":\"Russia military → Use "
                + "conventional military force → Ukraine military\",\"window\":\"24h\",";
        // The current window unless start says.
        assertEquals(new ApiClient.Reply(200, head + "\"windowStart\":\"2025-03-09T10:00:00Z\","
                + "\"windowEnd\":\"2025-03-10T10:00:00Z\",\"limit\":50,\"articles\":[" + a5 + "," + a4 + "]}"),
                api.get("/api/evidence?dimension=dyad&key=RUSMIL%7C19%7CUKRMIL&window=24h"));
        assertEquals(new ApiClient.Reply(200, head.replace("24h", "1h") + "\"windowStart\":\"2025-03-10T08:00:00Z\","
                + "\"windowEnd\":\"2025-03-10T09:00:00Z\",\"limit\":50,\"articles\":[" + a5 + "," + a4 + "]}"),
                api.get("/api/evidence?dimension=dyad&key=RUSMIL%7C19%7CUKRMIL&window=1h&start=2025-03-10T08:00:00Z"));
        assertEquals(api.get("/api/evidence?dimension=dyad&key=RUSMIL%7C19%7CUKRMIL&window=24h"),
                api.get("/api/local/evidence?dimension=dyad&key=RUSMIL%7C19%7CUKRMIL&window=24h"));
        // An actor's articles carry no sentence: no one sentence made an actor's count.
        assertEquals(new ApiClient.Reply(200, "{\"dimension\":\"actor\",\"key\":\"NATO\",\"name\":\"NATO\","
                + "\"window\":\"15m\",\"windowStart\":\"2025-03-10T09:45:00Z\",\"windowEnd\":\"2025-03-10T10:00:00Z\","
                + "\"limit\":50,\"articles\":[{\"id\":\"a7\",\"title\":\"Headline a7\","
                + "\"url\":\"https://gazette.example/a7\",\"outlet\":\"gazette\","
                + "\"published\":\"2025-03-10T09:45:00Z\"}]}"),
                api.get("/api/evidence?dimension=actor&key=NATO&window=15m"));
    }

    @Test
    void badParametersAreRejectedWith400AndAMessageSayingWhatToFix() {
        assertEquals(new ApiClient.Reply(400, "{\"error\":\"parameter key is required\"}"),
                api.get("/api/evidence?dimension=actor&window=24h"));
        assertEquals(new ApiClient.Reply(400, "{\"error\":\"parameter window is required\"}"),
                api.get("/api/evidence?dimension=actor&key=NATO"));
        assertEquals(new ApiClient.Reply(400, "{\"error\":\"unknown window '2h': one of 15m, 1h, 24h\"}"),
                api.get("/api/evidence?dimension=actor&key=NATO&window=2h"));
        assertEquals(new ApiClient.Reply(400, "{\"error\":\"unknown dimension 'person': one of actor, country, event, "
                + "eventRoot, plover, dyad, outlet\"}"), api.get("/api/evidence?dimension=person&key=NATO&window=1h"));
        assertEquals(new ApiClient.Reply(400, "{\"error\":\"parameter start must be the start of a 24h window (a whole "
                + "1h since 1970-01-01T00:00:00Z), got '2025-03-10T08:30:00Z'\"}"),
                api.get("/api/evidence?dimension=actor&key=NATO&window=24h&start=2025-03-10T08:30:00Z"));
        assertEquals(new ApiClient.Reply(400, "{\"error\":\"parameter start must be an ISO-8601 instant like "
                + "2025-03-10T08:00:00Z, got 'today'\"}"),
                api.get("/api/evidence?dimension=actor&key=NATO&window=24h&start=today"));
        assertEquals(new ApiClient.Reply(400, "{\"error\":\"unknown parameter n for /api/evidence: one of dimension, key, "
                + "start, window\"}"), api.get("/api/evidence?dimension=actor&key=NATO&window=24h&n=5"));
        assertEquals(new ApiClient.Reply(400, "{\"error\":\"parameter dimension is required\"}"),
                api.get("/api/names?key=NATO"));
        assertEquals(new ApiClient.Reply(400, "{\"error\":\"unknown parameter window for /api/names: one of dimension, "
                + "key\"}"), api.get("/api/names?dimension=actor&key=NATO&window=1h"));
    }
}
