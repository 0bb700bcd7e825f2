package org.newsagg.cluster;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsagg.model.Settings;
import picocli.CommandLine.Option;

/**
 * The options of a command that reads settings but never talks to Kafka (dedupe, tag, eval): the settings file and
 * {@code -D}, read as {@link KafkaOptions} reads them, without the broker options such a command would ignore.
 */
public final class SettingsOptions {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Properties file with newsagg.* settings (env NEWSAGG_CONFIG).")
    Path config;

    @Option(names = {"-D", "--set"}, paramLabel = "KEY=VALUE",
            description = "Any setting, e.g. -D newsagg.dedupe.near-threshold=0.7.")
    Map<String, String> overrides = new LinkedHashMap<>();

    /** Flags first, then env, then the properties file, then the defaults: as every command reads them. */
    public Settings settings() {
        Path file = config;
        if (file == null && System.getenv("NEWSAGG_CONFIG") != null) file = Path.of(System.getenv("NEWSAGG_CONFIG"));
        return Settings.load(file, new LinkedHashMap<>(overrides));
    }
}
