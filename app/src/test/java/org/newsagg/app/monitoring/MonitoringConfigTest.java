package org.newsagg.app.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsagg.app.cli.SinkCommand;
import org.newsagg.model.Settings;
import org.newsagg.streams.StreamsStageConfig;

/**
 * The monitoring that `docker compose --profile monitoring up` starts: Prometheus's config and rules as promtool
 * reads them (its own check and the rules' unit tests), the scrape targets against the ports the compose file gives
 * each stage, Grafana's provisioning against the files and data source it names, and the runbook of every alert.
 * No Docker engine runs here; that every queried metric is served is {@code MonitoringQueriesIT}'s part.
 */
class MonitoringConfigTest {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static JsonNode compose;
    static JsonNode prometheus;

    @BeforeAll
    static void read() throws Exception {
        compose = YAML.readTree(Files.readString(Path.of("..", "docker-compose.yml")));
        prometheus = YAML.readTree(Files.readString(MonitoringQueries.PROMETHEUS_CONFIG));
    }

    /** promtool's output and exit code, run in the Prometheus config's directory (paths in it are relative). */
    static String promtool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("promtool"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(MonitoringQueries.PROMETHEUS_CONFIG.getParent().toFile())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "promtool " + args[0] + " did not finish");
        assertEquals(0, p.exitValue(), "promtool " + String.join(" ", args) + ":\n" + out);
        return out;
    }

    static boolean promtoolInstalled() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "promtool"))) return true;
        }
        return false;
    }

    @Test
    void promtoolAcceptsTheScrapeConfigAndTheRulesAndTheAlertsFireAsTheirUnitTestsSay() throws Exception {
        assumeTrue(promtoolInstalled(), "promtool is not on the PATH, so the Prometheus config and alert rules are not "
                + "checked: install it (Debian: apt-get install prometheus; .ci/run does) to run this test");
        assertTrue(promtool("check", "config", "prometheus.yml").contains("SUCCESS: 1 rule files found"));
        assertTrue(promtool("check", "rules", "alerts.yml").contains("SUCCESS: 6 rules found"));
        assertTrue(promtool("test", "rules", "alerts-test.yml").contains("SUCCESS"));
    }

    @Test
    void prometheusScrapesEveryServingStageOnThePortTheComposeFileServesItsMetricsOn() {
        JsonNode services = compose.path("services");
        Map<String, String> expected = new TreeMap<>();
        expected.put("newsagg-ingest", "ingest:" + option(services.path("ingest"), "--http-port") + " stage=ingest");
        expected.put("newsagg-streams", "streams:" + StreamsStageConfig.from(env(services.path("streams"))).httpPort()
                + " stage=streams");
        expected.put("newsagg-sink", "sink:" + SinkCommand.metricsAddress(env(services.path("sink"))).port()
                + " stage=sink");
        Map<String, String> scraped = new TreeMap<>();
        for (JsonNode job : prometheus.path("scrape_configs")) {
            assertTrue(job.path("honor_labels").asBoolean(), job.path("job_name") + ": samples keep their stage label");
            for (JsonNode c : job.path("static_configs")) {
                for (JsonNode target : c.path("targets")) {
                    scraped.put(job.path("job_name").asText(),
                            target.asText() + " stage=" + c.path("labels").path("stage").asText());
                }
            }
        }
        assertEquals(expected, scraped);
    }

    @Test
    void theMonitoringServicesAreOfficialImagesStartedOnlyWithTheirProfileAndMountFilesOfTheRepository() {
        JsonNode services = compose.path("services");
        assertTrue(services.path("prometheus").path("image").asText().startsWith("prom/prometheus:v"));
        assertTrue(services.path("grafana").path("image").asText().startsWith("grafana/grafana:"));
        List<String> profiled = new ArrayList<>();
        services.fields().forEachRemaining(s -> {
            if (s.getValue().has("profiles")) profiled.add(s.getKey() + "=" + s.getValue().path("profiles"));
        });
        // the pipeline itself still starts with a plain `docker compose up`
        assertEquals(List.of("prometheus=[\"monitoring\"]", "grafana=[\"monitoring\"]"), profiled);
        for (String service : List.of("prometheus", "grafana")) {
            for (JsonNode v : services.path(service).path("volumes")) {
                String[] parts = v.asText().split(":");
                if (!parts[0].startsWith("./")) {
                    assertTrue(compose.path("volumes").has(parts[0]), service + ": named volume " + parts[0]);
                    continue;
                }
                assertTrue(Files.isDirectory(Path.of("..").resolve(parts[0])), service + ": " + parts[0]);
                assertEquals("ro", parts[2], service + ": " + v.asText());
            }
        }
        assertEquals("./config/monitoring/prometheus:/etc/prometheus:ro",
                services.path("prometheus").path("volumes").get(0).asText());
        assertTrue(services.path("prometheus").path("command").toString()
                .contains("--config.file=/etc/prometheus/prometheus.yml"));
    }

    @Test
    void grafanaLoadsTheDashboardFromWhereTheComposeFileMountsItAndItsQueriesUseTheProvisionedPrometheus()
            throws Exception {
        JsonNode grafana = compose.path("services").path("grafana");
        Map<String, String> mounts = new HashMap<>();
        grafana.path("volumes").forEach(v -> mounts.put(v.asText().split(":")[1], v.asText().split(":")[0]));
        Path root = Path.of("..");
        JsonNode provider = YAML.readTree(Files.readString(root.resolve(
                mounts.get("/etc/grafana/provisioning/dashboards")).resolve("newsagg.yml"))).path("providers").get(0);
        String dashboards = provider.path("options").path("path").asText();
        assertEquals(MonitoringQueries.DASHBOARD.getParent().normalize(), root.resolve(mounts.get(dashboards)).normalize());
        String home = grafana.path("environment").path("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH").asText();
        assertEquals(dashboards + "/newsagg.json", home);

        JsonNode datasource = YAML.readTree(Files.readString(root.resolve(
                mounts.get("/etc/grafana/provisioning/datasources")).resolve("prometheus.yml"))).path("datasources").get(0);
        assertEquals("http://prometheus:9090", datasource.path("url").asText());
        JsonNode dashboard = new ObjectMapper().readTree(Files.readString(MonitoringQueries.DASHBOARD));
        List<String> wrongSource = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            if (panel.path("type").asText().equals("row")) continue;
            for (JsonNode target : panel.path("targets")) {
                if (!target.path("datasource").path("uid").asText().equals(datasource.path("uid").asText())) {
                    wrongSource.add(panel.path("title").asText());
                }
            }
        }
        assertEquals(List.of(), wrongSource);
        // the panels the operators' dashboard is for
        List<String> titles = new ArrayList<>();
        dashboard.path("panels").forEach(p -> titles.add(p.path("title").asText()));
        assertTrue(titles.containsAll(List.of("Consumer lag per stage and partition", "Records/s in and out",
                "Dead letters by reason", "Late articles", "Feed health: failing for", "Commit latency", "Heap",
                "RocksDB memory")), titles.toString());
    }

    @Test
    void everyAlertHasASeverityASummaryAndASectionInTheOperationsGuide() throws Exception {
        String guide = Files.readString(Path.of("..", "docs", "operations.md"));
        JsonNode rules = YAML.readTree(Files.readString(MonitoringQueries.ALERT_RULES));
        List<String> undocumented = new ArrayList<>();
        for (JsonNode rule : rules.path("groups").get(0).path("rules")) {
            String name = rule.path("alert").asText();
            assertTrue(List.of("critical", "warning").contains(rule.path("labels").path("severity").asText()), name);
            assertTrue(rule.path("annotations").has("summary"), name);
            if (!guide.contains("#### `" + name + "`")) undocumented.add(name);
        }
        assertEquals(List.of(), undocumented, "alerts without a section in docs/operations.md");
    }

    static String option(JsonNode service, String option) {
        List<String> command = new ArrayList<>();
        service.path("command").forEach(c -> command.add(c.asText()));
        return command.get(command.indexOf(option) + 1);
    }

    /** The settings a stage's container reads: its compose environment, as the process's environment. */
    static Settings env(JsonNode service) {
        Map<String, String> env = new HashMap<>();
        service.path("environment").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        return Settings.of(Map.of(), env);
    }
}
