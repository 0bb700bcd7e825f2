package org.newsagg.app.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PromQL the shipped monitoring runs (the alert rules and every query of the Grafana dashboard), and the metric
 * names each expression reads. No PromQL parser is on the classpath; names are what is left of an expression once
 * strings, label matchers, ranges, grouping clauses, Grafana variables, function calls and keywords are taken out.
 */
public final class MonitoringQueries {

    /** The monitoring files, from the app module's directory (where Maven runs its tests). */
    public static final Path DIR = Path.of("..", "config", "monitoring");
    public static final Path PROMETHEUS_CONFIG = DIR.resolve("prometheus/prometheus.yml");
    public static final Path ALERT_RULES = DIR.resolve("prometheus/alerts.yml");
    public static final Path DASHBOARD = DIR.resolve("grafana/dashboards/newsagg.json");

    /** Series Prometheus makes itself for each target; no stage serves them. */
    public static final Set<String> MADE_BY_PROMETHEUS = Set.of("up");

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`");
    private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
    private static final Pattern GROUPING = Pattern.compile(
            "\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern GRAFANA_VARIABLE = Pattern.compile("\\$\\{[^}]*}|\\$\\w+");
    // Possessive, so that "rate(" is not read as the name "rat" followed by something other than "(".
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w:.$])[a-zA-Z_:][\\w:]*+(?!\\s*\\()");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "atan2", "inf", "nan",
            "by", "without", "on", "ignoring", "group_left", "group_right");
    private static final Pattern LABEL_VALUES = Pattern.compile("^\\s*label_values\\((.*)\\)\\s*$", Pattern.DOTALL);

    private MonitoringQueries() {}

    /** The metric names {@code promql} reads. */
    public static Set<String> metricNames(String promql) {
        String s = STRING.matcher(promql).replaceAll(" ");
        s = MATCHERS.matcher(s).replaceAll(" ");
        s = RANGE.matcher(s).replaceAll(" ");
        s = GROUPING.matcher(s).replaceAll(" ");
        s = GRAFANA_VARIABLE.matcher(s).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(s);
        while (m.find()) {
            if (!KEYWORDS.contains(m.group().toLowerCase(java.util.Locale.ROOT))) names.add(m.group());
        }
        return names;
    }

    /** Every alert rule's expression, by alert name. */
    public static Map<String, String> alertExpressions() {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode group : read(ALERT_RULES, new ObjectMapper(new YAMLFactory())).path("groups")) {
            for (JsonNode rule : group.path("rules")) out.put("alert " + rule.path("alert").asText(), rule.path("expr").asText());
        }
        return out;
    }

    /**
     * Every query of the dashboard, by panel title (and reference id), the template variables' included: for
     * {@code label_values(selector, label)} the selector.
     */
    public static Map<String, String> dashboardExpressions() {
        JsonNode dashboard = read(DASHBOARD, new ObjectMapper());
        Map<String, String> out = new LinkedHashMap<>();
        collectPanels(dashboard.path("panels"), out);
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            if (!variable.path("type").asText().equals("query")) continue;
            JsonNode q = variable.path("query");
            String query = q.isObject() ? q.path("query").asText() : q.asText();
            Matcher lv = LABEL_VALUES.matcher(query);
            if (lv.matches()) {
                String args = lv.group(1);
                int comma = args.lastIndexOf(',');
                query = comma < 0 ? "" : args.substring(0, comma);
            }
            if (!query.isBlank()) out.put("variable " + variable.path("name").asText(), query);
        }
        return out;
    }

    private static void collectPanels(JsonNode panels, Map<String, String> out) {
        for (JsonNode panel : panels) {
            for (JsonNode target : panel.path("targets")) {
                if (target.has("expr")) {
                    out.put("panel " + panel.path("title").asText() + " " + target.path("refId").asText(),
                            target.path("expr").asText());
                }
            }
            collectPanels(panel.path("panels"), out);
        }
    }

    private static JsonNode read(Path file, ObjectMapper mapper) {
        try {
            return mapper.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
