package org.newsagg.sink.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.Map;
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
                // nothing listens on port 1: Kafka Streams keeps trying and never becomes RUNNING
                "kafka.bootstrap.servers", "127.0.0.1:1",
                "newsagg.sink.state-dir", stateDir.toString(),
                "newsagg.sink.http-port", httpPort)));
    }

    @Test
    void anEphemeralPortIsBoundAtConstructionAndHealthIsUpWhileReadinessWaitsForKafkaStreams() {
        try (SinkStage stage = new SinkStage(config("0"), new SimpleMeterRegistry(), null)) {
            int port = stage.httpPort().orElseThrow();
            assertTrue(port > 0, "bound to " + port);
            assertEquals("CREATED", stage.streams().state().name());
            stage.start();
            ApiClient api = new ApiClient(port);
            assertEquals(new ApiClient.Reply(200, "{\"status\":\"UP\"}"), api.get("/health"));
            ApiClient.Reply ready = api.get("/ready");
            assertEquals(503, ready.status());
            assertTrue(ready.body().startsWith("{\"status\":\"") && !ready.body().contains("RUNNING"), ready.body());
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
