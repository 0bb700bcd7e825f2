package org.newsagg.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsagg.cluster.TopicLayout;
import org.newsagg.ingest.IngestConfig;
import org.newsagg.model.Settings;
import org.newsagg.sink.SinkConfig;
import org.newsagg.streams.StreamsStageConfig;
import picocli.CommandLine;

/**
 * No Docker engine runs here, so this test keeps docker-compose.yml honest instead: every service runs a real
 * newsagg command with options the CLI accepts, and every environment variable it sets is a setting the code reads.
 */
class ComposeFileTest {

    static final List<String> STAGES = List.of("topics", "ingest", "streams", "sink");
    static JsonNode compose;
    static Set<String> envNamesRead;

    @BeforeAll
    static void read() throws Exception {
        compose = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("..", "docker-compose.yml")));
        Settings recorder = Settings.of(Map.of());
        StreamsStageConfig.from(recorder);
        SinkConfig.from(recorder);
        TopicLayout.from(recorder);
        IngestConfig.from(recorder);
        recorder.get("newsagg.topics.create", null);
        envNamesRead = new HashSet<>();
        recorder.requestedKeys().forEach(k -> envNamesRead.add(Settings.envName(k)));
    }

    @Test
    void theBrokerIsTheApacheKafkaImageOfTheKafkaVersionWeBuildAgainst() {
        JsonNode kafka = compose.path("services").path("kafka");
        assertEquals("apache/kafka:" + AppInfoParser.getVersion(), kafka.path("image").asText());
        assertEquals("broker,controller", kafka.path("environment").path("KAFKA_PROCESS_ROLES").asText());
        assertTrue(kafka.has("healthcheck"));
    }

    @Test
    void everyStageServiceRunsARealCommandWithOptionsTheCliAccepts() {
        for (String stage : STAGES) {
            JsonNode service = compose.path("services").path(stage);
            assertEquals(".", service.path("build").asText(), stage + " is built from the project's Dockerfile");
            List<String> command = new ArrayList<>();
            service.path("command").forEach(c -> command.add(c.asText()));
            assertEquals(stage, command.get(0), stage + " runs its own subcommand");
            // parseArgs throws on an unknown subcommand or option
            new CommandLine(new NewsaggCommand()).parseArgs(command.toArray(String[]::new));
            assertTrue(service.has("restart"), stage + " has a restart policy");
        }
        assertTrue(Files.exists(Path.of("..", "Dockerfile")));
    }

    @Test
    void everyEnvironmentVariableOfAStageIsASettingTheCodeReads() {
        for (String stage : STAGES) {
            compose.path("services").path(stage).path("environment").fieldNames().forEachRemaining(name ->
                    assertTrue(envNamesRead.contains(name), stage + " sets " + name + ", which no config class reads"));
        }
    }

    @Test
    void longRunningStagesKeepStateInNamedVolumesAndServeHealthChecks() {
        for (String stage : List.of("streams", "sink")) {
            String volume = compose.path("services").path(stage).path("volumes").get(0).asText();
            String name = volume.substring(0, volume.indexOf(':'));
            assertTrue(compose.path("volumes").has(name), stage + " uses named volume " + name);
        }
        assertTrue(compose.path("services").path("sink").has("healthcheck"));
        assertTrue(compose.path("services").path("ingest").has("healthcheck"));
    }
}
