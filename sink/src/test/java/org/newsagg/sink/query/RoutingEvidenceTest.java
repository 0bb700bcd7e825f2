package org.newsagg.sink.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import org.newsagg.sink.aggregate.EvidenceRecorder;
import org.newsagg.sink.evidence.EvidenceArticle;
import org.newsagg.sink.evidence.PeerEvidence;
import org.newsagg.sink.evidence.RoutingEvidence;
import org.newsagg.sink.web.SinkWebServer;

/** Two sink instances as in {@link RoutingReadModelTest}: a key's evidence comes from the instance that owns the key. */
class RoutingEvidenceTest {

    @TempDir
    Path dirA;
    @TempDir
    Path dirB;

    SinkDriver sinkA;
    SinkDriver sinkB;
    SinkWebServer webA;
    SinkWebServer webB;
    RoutingEvidence askA;

    @BeforeEach
    void start() {
        sinkA = new SinkDriver(dirA, Map.of()).pipe(ArticleFixtures.read(RoutingReadModelTest.class, "instance-a.txt"));
        sinkB = new SinkDriver(dirB, Map.of()).pipe(ArticleFixtures.read(RoutingReadModelTest.class, "instance-b.txt"));
        webA = SinkWebServer.bind(0);
        webB = SinkWebServer.bind(0);
        HostInfo a = new HostInfo("127.0.0.1", webA.port());
        HostInfo b = new HostInfo("127.0.0.1", webB.port());
        InstanceDirectory directory = new InstanceDirectory() {
            @Override
            public Optional<HostInfo> ownerOf(String store, String key) {
                assertEquals(EvidenceRecorder.LISTS, store);
                return Optional.of(key.startsWith("actor|USA") || key.startsWith("actor|CHN") ? a : b);
            }

            @Override
            public List<HostInfo> instancesWith(String store) {
                return List.of(a, b);
            }
        };
        HttpClient http = HttpClient.newHttpClient();
        askA = new RoutingEvidence(directory, a, sinkA.evidence(), h -> new PeerEvidence(h, http));
        RoutingEvidence askB = new RoutingEvidence(directory, b, sinkB.evidence(), h -> new PeerEvidence(h, http));
        webA.serve(sinkA.readModel(), sinkA.readModel(), askA, sinkA.evidence(), sinkA.config().windows(), List.of(),
                () -> "RUNNING");
        webB.serve(sinkB.readModel(), sinkB.readModel(), askB, sinkB.evidence(), sinkB.config().windows(), List.of(),
                () -> "RUNNING");
    }

    @AfterEach
    void stop() {
        webA.close();
        webB.close();
        sinkA.close();
        sinkB.close();
    }

    @Test
    void aKeysEvidenceComesFromTheInstanceThatOwnsIt() {
        Instant day = Instant.parse("2025-03-09T10:00:00Z");
        List<EvidenceArticle> viaA = askA.evidence("actor", "RUSMIL", "24h", day);
        assertEquals(sinkB.evidence().evidence("actor", "RUSMIL", "24h", day), viaA);
        assertEquals(List.of("b4", "b2", "b1"), viaA.stream().map(EvidenceArticle::id).toList());
        assertEquals(List.of(), sinkA.evidence().evidence("actor", "RUSMIL", "24h", day), "A holds none of it");
    }

    @Test
    void anUnreachableOwnerMakesTheAnswerUnavailable() {
        int portB = webB.port();
        webB.close();
        QueryUnavailableException e = assertThrows(QueryUnavailableException.class,
                () -> askA.evidence("actor", "RUSMIL", "24h", Instant.parse("2025-03-09T10:00:00Z")));
        assertEquals("sink instance 127.0.0.1:" + portB + " did not answer: connection refused (is it running, and "
                + "does its newsagg.sink.bind-address let the other instances reach it?)", e.getMessage());
    }
}
