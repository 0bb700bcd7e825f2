package org.newsagg.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Where every process's typed config reads its values from, in order of precedence: explicit overrides (CLI flags),
 * environment variables, a properties file, then the default the caller gives.
 *
 * <p>A key {@code newsagg.streams.state-dir} is read from env var {@code NEWSAGG_STREAMS_STATE_DIR}: upper case,
 * with dots and dashes as underscores. {@code kafka.bootstrap.servers} is {@code KAFKA_BOOTSTRAP_SERVERS}.
 */
public final class Settings {

    /** The brokers every process connects to ({@code --bootstrap-servers}, env {@code KAFKA_BOOTSTRAP_SERVERS}). */
    public static final String BOOTSTRAP_SERVERS = "kafka.bootstrap.servers";
    /** Where a process looks for brokers when no setting names them. */
    public static final String DEFAULT_BOOTSTRAP_SERVERS = "localhost:9092";

    /** The brokers this configuration names, or {@link #DEFAULT_BOOTSTRAP_SERVERS}. */
    public String bootstrapServers() {
        return get(BOOTSTRAP_SERVERS, DEFAULT_BOOTSTRAP_SERVERS);
    }

    private final Map<String, String> overrides;
    private final Map<String, String> env;
    private final Properties file;
    /** Every key a config class asked for: lets a test prove that a documented setting is really read. */
    private final java.util.Set<String> requested = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private Settings(Map<String, String> overrides, Map<String, String> env, Properties file) {
        this.overrides = Map.copyOf(overrides);
        this.env = Map.copyOf(env);
        this.file = file;
    }

    /** Settings from the process environment and an optional properties file. */
    public static Settings load(Path propertiesFile, Map<String, String> overrides) {
        return new Settings(overrides, System.getenv(), read(propertiesFile));
    }

    /** Settings from explicit maps only, for tests and embedded use. */
    public static Settings of(Map<String, String> overrides) {
        return new Settings(overrides, Map.of(), new Properties());
    }

    public static Settings of(Map<String, String> overrides, Map<String, String> env) {
        return new Settings(overrides, env, new Properties());
    }

    /** A copy with more overrides, which win over this one's. */
    public Settings with(Map<String, String> more) {
        Map<String, String> merged = new HashMap<>(overrides);
        merged.putAll(more);
        return new Settings(merged, env, file);
    }

    public static String envName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** Where a key's value comes from, in the order {@link #get} looks: so a command can say which address it used. */
    public enum Origin { OVERRIDE, ENVIRONMENT, FILE, DEFAULT }

    /** Where {@link #get} finds {@code key}'s value. */
    public Origin originOf(String key) {
        String v = overrides.get(key);
        Origin o = Origin.OVERRIDE;
        if (v == null) {
            v = env.get(envName(key));
            o = Origin.ENVIRONMENT;
        }
        if (v == null) {
            v = file.getProperty(key);
            o = Origin.FILE;
        }
        return v == null || v.isBlank() ? Origin.DEFAULT : o;
    }

    public String get(String key, String defaultValue) {
        requested.add(key);
        String v = overrides.get(key);
        if (v == null) v = env.get(envName(key));
        if (v == null) v = file.getProperty(key);
        return v == null || v.isBlank() ? defaultValue : v.trim();
    }

    public int getInt(String key, int defaultValue) {
        String v = get(key, null);
        if (v == null) return defaultValue;
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " must be a whole number, got '" + v + "'");
        }
    }

    public long getLong(String key, long defaultValue) {
        String v = get(key, null);
        if (v == null) return defaultValue;
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " must be a whole number, got '" + v + "'");
        }
    }

    public double getDouble(String key, double defaultValue) {
        String v = get(key, null);
        if (v == null) return defaultValue;
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " must be a number, got '" + v + "'");
        }
    }

    public boolean getBoolean(String key, boolean defaultValue) {
        String v = get(key, null);
        if (v == null) return defaultValue;
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new IllegalArgumentException("setting " + key + " must be true or false, got '" + v + "'");
        };
    }

    /** A duration as ISO-8601 ("PT15M") or a number with a unit: "500ms", "30s", "15m", "1h", "7d". */
    public Duration getDuration(String key, Duration defaultValue) {
        String v = get(key, null);
        return v == null ? defaultValue : parseDuration(key, v);
    }

    public static Duration parseDuration(String key, String v) {
        String s = v.trim().toLowerCase(Locale.ROOT);
        try {
            if (s.startsWith("p")) return Duration.parse(s.toUpperCase(Locale.ROOT));
            if (s.endsWith("ms")) return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
            long n = Long.parseLong(s.substring(0, s.length() - 1));
            return switch (s.charAt(s.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> throw new NumberFormatException();
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "setting " + key + " must be a duration like 30s, 15m, 1h, 7d or PT15M, got '" + v + "'");
        }
    }

    /**
     * Every setting under a prefix, with the prefix removed: {@code withPrefix("kafka.")} gives the Kafka client
     * properties ({@code kafka.security.protocol=SSL} → {@code security.protocol=SSL}), from all three sources.
     * Env vars are only read for keys the file or overrides name, or from {@code KAFKA_*} for the kafka prefix.
     */
    public Map<String, String> withPrefix(String prefix) {
        requested.add(prefix + "*");
        Map<String, String> out = new TreeMap<>();
        for (String name : file.stringPropertyNames()) {
            if (name.startsWith(prefix)) out.put(name.substring(prefix.length()), file.getProperty(name).trim());
        }
        String envPrefix = envName(prefix);
        for (var e : env.entrySet()) {
            if (e.getKey().startsWith(envPrefix) && e.getKey().length() > envPrefix.length()) {
                String rest = e.getKey().substring(envPrefix.length()).toLowerCase(Locale.ROOT).replace('_', '.');
                out.put(rest, e.getValue().trim());
            }
        }
        for (var e : overrides.entrySet()) {
            if (e.getKey().startsWith(prefix)) out.put(e.getKey().substring(prefix.length()), e.getValue().trim());
        }
        return out;
    }

    /** The keys asked for so far ({@code prefix*} for {@link #withPrefix}). */
    public java.util.Set<String> requestedKeys() {
        return java.util.Set.copyOf(requested);
    }

    private static Properties read(Path path) {
        Properties p = new Properties();
        if (path == null) return p;
        try (InputStream in = Files.newInputStream(path)) {
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read config file " + path + ": " + e.getMessage(), e);
        }
    }
}
