package org.newsagg.sink.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.model.Aggregate;
import org.newsagg.sink.aggregate.AggregateStores;
import org.newsagg.sink.trending.TrendingStores;
import org.newsagg.sink.web.SinkWebServer;

/**
 * Two sink instances, each a topology test driver behind its own HTTP server, with the partition ownership a real
 * assignment would give: whichever instance is asked answers for the whole application.
 */
class RoutingReadModelTest {

    @TempDir
    Path dirA;
    @TempDir
    Path dirB;

    SinkDriver sinkA;
    SinkDriver sinkB;
    SinkWebServer webA;
    SinkWebServer webB;
    RoutingReadModel askA;
    RoutingReadModel askB;

    @BeforeEach
    void start() {
        Map<String, String> settings = Map.of("newsagg.sink.trending.min-articles", "1");
        sinkA = new SinkDriver(dirA, settings).pipe(ArticleFixtures.read(getClass(), "instance-a.txt"));
        sinkB = new SinkDriver(dirB, settings).pipe(ArticleFixtures.read(getClass(), "instance-b.txt"));
        webA = SinkWebServer.bind(0);
        webB = SinkWebServer.bind(0);
        HostInfo a = new HostInfo("127.0.0.1", webA.port());
        HostInfo b = new HostInfo("127.0.0.1", webB.port());
        InstanceDirectory directory = new InstanceDirectory() {
            @Override
            public Optional<HostInfo> ownerOf(String store, String key) {
                if (store.equals(TrendingStores.LATEST)) return Optional.of(b);
                assertTrue(store.startsWith(AggregateStores.AGGREGATES), store);
                return Optional.of(key.startsWith("actor|USA") || key.startsWith("actor|CHN") ? a : b);
            }

            @Override
            public List<HostInfo> instancesWith(String store) {
                return List.of(a, b);
            }
        };
        HttpClient http = HttpClient.newHttpClient();
        WindowFamilies families = new WindowFamilies(sinkA.config().windows());
        askA = new RoutingReadModel(directory, a, sinkA.readModel(), h -> new PeerReadModel(h, http, families),
                sinkA.config().windows());
        askB = new RoutingReadModel(directory, b, sinkB.readModel(), h -> new PeerReadModel(h, http, families),
                sinkB.config().windows());
        List<String> trending = sinkA.config().trending().dimensions();
        webA.serve(askA, sinkA.readModel(), sinkA.config().windows(), trending, () -> "RUNNING");
        webB.serve(askB, sinkB.readModel(), sinkB.config().windows(), trending, () -> "RUNNING");
    }

    @AfterEach
    void stop() {
        webA.close();
        webB.close();
        sinkA.close();
        sinkB.close();
    }

    static List<String> keysAndArticles(List<Aggregate> list) {
        return list.stream().map(x -> x.key() + "=" + x.articles()).toList();
    }

    @Test
    void oneKeysWindowsComeFromTheInstanceThatOwnsTheKey() {
        Instant from = Instant.parse("2025-03-10T06:00:00Z");
        Instant to = Instant.parse("2025-03-10T09:00:00Z");
        List<Aggregate> viaA = askA.windows("actor", "RUSMIL", "1h", from, to);
        assertEquals(List.of("2025-03-10T06:00:00Z=1", "2025-03-10T09:00:00Z=2"),
                viaA.stream().map(x -> x.windowStart() + "=" + x.articles()).toList());
        assertEquals(sinkB.readModel().windows("actor", "RUSMIL", "1h", from, to), viaA);
        assertEquals(List.of(), sinkA.readModel().windows("actor", "RUSMIL", "1h", from, to), "A holds none of it");
    }

    @Test
    void topMergesEveryInstancesLocalTopOfTheApplicationsCurrentWindow() {
        // A's own newest article (08:40) would make 2025-03-09T09:00 current; B's 09:32 makes it 10:00.
        assertEquals(Optional.of(Instant.parse("2025-03-10T09:32:00Z")), askA.newestEvent());
        assertEquals(Optional.of(Instant.parse("2025-03-09T10:00:00Z")), askA.latestWindowStart("24h"));
        Instant start = askA.latestWindowStart("24h").orElseThrow();
        assertEquals(List.of("RUSMIL=3", "USAGOV=3", "UKRMIL=2"), keysAndArticles(askA.top("actor", "24h", start, 3)));
        assertEquals(askA.top("actor", "24h", start, 10), askB.top("actor", "24h", start, 10));
        assertEquals(List.of("RUSMIL=3", "USAGOV=3", "UKRMIL=2", "CHNGOV=1"),
                keysAndArticles(askB.top("actor", "24h", start, 10)));
    }

    @Test
    void trendingComesFromTheInstanceRankingTheDimension() {
        // refreshed at 09:32: last hour [08:33, 09:33)
        assertEquals(List.of("RUSMIL 2/3 16.0", "UKRMIL 1/2 12.0"), askA.trending("actor").orElseThrow().ranked().stream()
                .map(e -> e.key() + " " + e.lastHour() + "/" + e.last24h() + " " + e.ratio()).toList());
        assertEquals(sinkB.readModel().trending("actor"), askA.trending("actor"));
    }

    @Test
    void anUnreachableInstanceMakesTheAnswerUnavailableRatherThanPartial() {
        int portB = webB.port();
        webB.close();
        Instant start = Instant.parse("2025-03-09T10:00:00Z");
        QueryUnavailableException e = assertThrows(QueryUnavailableException.class, () -> askA.top("actor", "24h", start, 3));
        assertEquals("sink instance 127.0.0.1:" + portB + " did not answer: connection refused (is it running, and "
                + "does its newsagg.sink.bind-address let the other instances reach it?)", e.getMessage());
    }
}
