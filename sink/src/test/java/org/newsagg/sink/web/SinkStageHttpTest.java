package org.newsagg.sink.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.model.Settings;
import org.newsagg.sink.SinkConfig;
import org.newsagg.sink.SinkStage;

/** The stage's HTTP lifecycle without a broker: the port is bound before Kafka Streams exists, and health is not readiness. */
class SinkStageHttpTest {

    @TempDir
    Path stateDir;

    SinkConfig config(String httpPort) {
        return SinkConfig.from(Settings.of(Map.of(
                // nothing listens on port 1: the stage waits for the broker and never becomes RUNNING
                "kafka.bootstrap.servers", "127.0.0.1:1",
                "newsagg.sink.state-dir", stateDir.toString(),
                "newsagg.sink.http-port", httpPort)));
    }

    @Test
    void anEphemeralPortIsBoundAtConstructionAndHealthIsUpWhileReadinessWaitsForKafkaStreams() {
        try (SinkStage stage = new SinkStage(config("0"), new SimpleMeterRegistry(), null)) {
            int port = stage.httpPort().orElseThrow();
            assertTrue(port > 0, "bound to " + port);
            // nothing is served to the network unless newsagg.sink.bind-address says so
            assertEquals("127.0.0.1", config("0").bindAddress());
            assertEquals("CREATED", stage.streams().state().name());
            // start() answers HTTP first, then waits for the broker to tell its group's offsets: in the meantime the
            // process is healthy and not ready. (That wait fails after 30 s, on the common pool, after this test.)
            CompletableFuture<SinkStage> starting = CompletableFuture.supplyAsync(stage::start);
            ApiClient api = new ApiClient(port);
            // A request sent before the server starts waits in the bound socket's backlog until it is answered.
            assertEquals(new ApiClient.Reply(200, "{\"status\":\"UP\"}"), api.get("/health"));
            assertEquals(new ApiClient.Reply(503, "{\"status\":\"CREATED\"}"), api.get("/ready"));
            assertFalse(starting.isDone(), "still waiting for the broker");
            assertTrue(stage.readModel().isPresent());
        }
    }

    @Test
    void portMinusOneRunsWithoutAnHttpServer() {
        try (SinkStage stage = new SinkStage(config("-1"), new SimpleMeterRegistry(), null)) {
            assertTrue(stage.httpPort().isEmpty());
            assertTrue(stage.readModel().isEmpty());
        }
    }
}
