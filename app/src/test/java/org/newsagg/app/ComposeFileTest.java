package org.newsagg.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsagg.app.cli.HealthCommand;
import org.newsagg.app.cli.IngestCommand;
import org.newsagg.app.cli.SinkCommand;
import org.newsagg.cluster.TopicLayout;
import org.newsagg.ingest.IngestConfig;
import org.newsagg.model.Settings;
import org.newsagg.sink.SinkConfig;
import org.newsagg.streams.StreamsStageConfig;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

/**
 * No Docker engine runs here, so this test keeps docker-compose.yml honest instead: every service runs a real
 * newsagg command with options the CLI accepts, and every environment variable it sets is a setting the code reads.
 */
class ComposeFileTest {

    static final List<String> STAGES = List.of("topics", "ingest", "streams", "sink");
    /** The stages that keep running, with the port each serves /ready on in the compose file. */
    static final Map<String, Integer> SERVING = Map.of("ingest", 8081, "streams", 8082, "sink", 8080);
    static JsonNode compose;
    static Set<String> envNamesRead;
    static DockerfileFacts dockerfile;

    @BeforeAll
    static void read() throws Exception {
        compose = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("..", "docker-compose.yml")));
        dockerfile = DockerfileFacts.read(Path.of("..", "Dockerfile"));
        Settings recorder = Settings.of(Map.of());
        StreamsStageConfig.from(recorder);
        SinkConfig.from(recorder);
        TopicLayout.from(recorder);
        IngestConfig.from(recorder);
        recorder.get("newsagg.topics.create", null);
        // the /metrics servers' addresses, read by the commands that run them
        SinkCommand.metricsAddress(recorder);
        IngestCommand.opsAddress(recorder, 8081);
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
        for (String stage : SERVING.keySet()) assertTrue(compose.path("services").path(stage).has("healthcheck"), stage);
    }

    @Test
    void theDockerfileCopiesTheRootPomAndEveryModuleItLists() throws Exception {
        NodeList modules = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("..", "pom.xml").toFile()).getElementsByTagName("module");
        List<String> expected = new ArrayList<>(List.of("pom.xml"));
        for (int i = 0; i < modules.getLength(); i++) expected.add(modules.item(i).getTextContent().strip());
        assertEquals(expected, dockerfile.buildCopies());
    }

    @Test
    void everyServingStageHasAHealthcheckThatRunsTheImagesOwnJavaAndJarOnItsOwnPort() {
        // the runtime image is a Temurin JRE: java is on its PATH, and nothing that needs a shell can be counted on
        assertTrue(dockerfile.runtimeBase().matches("eclipse-temurin:\\d+-jre"), dockerfile.runtimeBase());
        List<String> entrypoint = dockerfile.entrypoint();
        String jar = entrypoint.get(entrypoint.indexOf("-jar") + 1);
        assertEquals("/opt/newsagg/newsagg.jar", jar);
        // the jar and the libraries its manifest's class path names (lib/), where the entrypoint looks for them
        assertEquals(List.of(jar, "/opt/newsagg/lib"), dockerfile.runtimeFiles());
        for (var serving : SERVING.entrySet()) {
            String stage = serving.getKey();
            JsonNode service = compose.path("services").path(stage);
            List<String> test = new ArrayList<>();
            service.path("healthcheck").path("test").forEach(t -> test.add(t.asText()));
            assertEquals(List.of("CMD", "java", "-Xmx64m", "-XX:TieredStopAtLevel=1", "-jar", jar, "health",
                    "http://127.0.0.1:" + serving.getValue() + "/ready"), test, stage);
            CommandLine.ParseResult parsed = new CommandLine(new NewsaggCommand())
                    .parseArgs(test.subList(6, test.size()).toArray(String[]::new));
            assertTrue(parsed.subcommand().commandSpec().userObject() instanceof HealthCommand, stage);
        }
        assertEquals(8081, Integer.parseInt(commandOption("ingest", "--http-port")));
        assertEquals("8082", compose.path("services").path("streams").path("environment")
                .path("NEWSAGG_STREAMS_HTTP_PORT").asText());
        assertEquals("8080", compose.path("services").path("sink").path("environment")
                .path("NEWSAGG_SINK_HTTP_PORT").asText());
    }

    /** What the JVM needs of its own beside the heap and RocksDB: metaspace, code cache, threads, GC, buffers. */
    static final long JVM_OWN_BYTES = 256L << 20;

    static long bytes(String size) {
        long unit = switch (Character.toLowerCase(size.charAt(size.length() - 1))) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            default -> 1;
        };
        return Long.parseLong(unit == 1 ? size : size.substring(0, size.length() - 1)) * unit;
    }

    @Test
    void everyLongRunningStageHasAMemoryLimitThatHoldsItsLauncherHeapItsRocksDbBudgetAndTheJvm() {
        // the heap is the entrypoint's share of the limit; the rest must hold RocksDB's budget and the JVM's own
        String percentage = dockerfile.entrypoint().stream().filter(a -> a.startsWith("-XX:MaxRAMPercentage="))
                .findFirst().orElseThrow();
        double share = Double.parseDouble(percentage.substring(percentage.indexOf('=') + 1)) / 100;
        assertEquals(0.5, share);
        Map<String, long[]> heapAndOffHeap = Map.of(
                "ingest", new long[] {256L << 20, 0},
                "streams", new long[] {512L << 20, StreamsStageConfig.DEFAULT_ROCKSDB_MEMORY},
                "sink", new long[] {512L << 20, SinkConfig.DEFAULT_ROCKSDB_MEMORY});
        for (var stage : heapAndOffHeap.entrySet()) {
            String limit = compose.path("services").path(stage.getKey()).path("mem_limit").asText();
            assertFalse(limit.isEmpty(), stage.getKey() + " has no mem_limit");
            long heap = (long) (bytes(limit) * share);
            assertTrue(heap >= stage.getValue()[0], stage.getKey() + ": heap " + heap + " below the launcher's");
            assertTrue(bytes(limit) - heap >= stage.getValue()[1] + JVM_OWN_BYTES,
                    stage.getKey() + ": " + limit + " leaves too little beside the heap");
        }
    }

    @Test
    void noHealthcheckLeansOnAShell() {
        compose.path("services").fields().forEachRemaining(service -> {
            String test = service.getValue().path("healthcheck").path("test").toString();
            assertFalse(test.contains("/dev/tcp"), service.getKey() + ": dash has no /dev/tcp: " + test);
        });
    }

    @Test
    void everyNamedVolumeOfAStageIsADirectoryOfTheImageOwnedByItsUserAndHoldsTheStagesState() {
        assertEquals("newsagg", dockerfile.user());
        assertTrue(dockerfile.ownedByUser(dockerfile.workdir()), dockerfile.workdir());
        int named = 0;
        for (String stage : STAGES) {
            JsonNode service = compose.path("services").path(stage);
            for (JsonNode v : service.path("volumes")) {
                String[] parts = v.asText().split(":");
                String source = parts[0];
                String target = parts[1];
                if (compose.path("volumes").has(source)) {
                    named++;
                    assertTrue(dockerfile.ownedByUser(target), stage + ": " + target + " is not created and given to "
                            + dockerfile.user() + " by the Dockerfile: " + dockerfile);
                    String stateDir = "NEWSAGG_" + stage.toUpperCase(java.util.Locale.ROOT) + "_STATE_DIR";
                    assertEquals(target, service.path("environment").path(stateDir).asText(),
                            stage + " keeps its state in the volume");
                } else {
                    // a file of this repository, mounted read-only
                    assertTrue(Files.isRegularFile(Path.of("..").resolve(source)), stage + ": " + source);
                    assertEquals("ro", parts[2], stage + ": " + v.asText());
                }
            }
        }
        assertEquals(3, named);
    }

    @Test
    void everyServerInAContainerListensOnTheComposeNetwork() {
        for (String[] setting : List.of(new String[] {"ingest", "NEWSAGG_INGEST_BIND_ADDRESS"},
                new String[] {"streams", "NEWSAGG_STREAMS_BIND_ADDRESS"}, new String[] {"sink", "NEWSAGG_SINK_BIND_ADDRESS"},
                new String[] {"sink", "NEWSAGG_SINK_METRICS_BIND_ADDRESS"})) {
            assertEquals("0.0.0.0", compose.path("services").path(setting[0]).path("environment").path(setting[1])
                    .asText(), setting[0] + " " + setting[1]);
        }
        // peers reach each other by service name, not by the address they listen on
        assertEquals("sink", compose.path("services").path("sink").path("environment")
                .path("NEWSAGG_SINK_ADVERTISED_HOST").asText());
    }

    static String commandOption(String stage, String option) {
        List<String> command = new ArrayList<>();
        compose.path("services").path(stage).path("command").forEach(c -> command.add(c.asText()));
        return command.get(command.indexOf(option) + 1);
    }
}
