package org.newsagg.cluster;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsagg.model.Settings;
import picocli.CommandLine.Option;

/**
 * The settings file and {@code -D}: all the options of a command that reads settings but never talks to Kafka (dedupe,
 * tag, eval), and part of {@link KafkaOptions} and {@link OwnBrokerOptions} for the commands that do.
 */
public final class SettingsOptions {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Properties file of settings, newsagg.* and kafka.* (env NEWSAGG_CONFIG).")
    Path config;

    @Option(names = {"-D", "--set"}, paramLabel = "KEY=VALUE",
            description = "Any setting, e.g. -D newsagg.sink.emit=close.")
    Map<String, String> overrides = new LinkedHashMap<>();

    /** Flags first, then env, then the properties file, then the defaults: as every command reads them. */
    public Settings settings() {
        return settings(Map.of());
    }

    /** The same, with {@code flags} (a command's own options that name settings) over the {@code -D} ones. */
    Settings settings(Map<String, String> flags) {
        Map<String, String> o = new LinkedHashMap<>(overrides);
        o.putAll(flags);
        return Settings.load(configFile(), o);
    }

    /** The properties file read: {@code --config}, else {@code NEWSAGG_CONFIG}, else none (null). */
    Path configFile() {
        if (config != null) return config;
        String env = System.getenv("NEWSAGG_CONFIG");
        return env == null || env.isBlank() ? null : Path.of(env);
    }
}
