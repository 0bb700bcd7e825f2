package org.newsagg.cluster;

import java.nio.file.Path;
import org.newsagg.model.Settings;

/**
 * The brokers a command talks to and where that address came from, so that every command can say which cluster it
 * used: a command run without an address must not look like it worked on a cluster nobody else sees.
 *
 * @param servers the bootstrap servers
 * @param origin how the user chose them, in their words ({@code --bootstrap-servers}, {@code env
 *     KAFKA_BOOTSTRAP_SERVERS}, ...)
 */
public record ClusterAddress(String servers, String origin) {

    /**
     * The address {@code settings} name, looked up as every setting is (flag, env, file), then
     * {@link Settings#DEFAULT_BOOTSTRAP_SERVERS}.
     *
     * @param fromFlag whether the override came from {@code --bootstrap-servers} rather than {@code -D}
     * @param configFile the properties file read, or null
     */
    static ClusterAddress of(Settings settings, boolean fromFlag, Path configFile) {
        String key = Settings.BOOTSTRAP_SERVERS;
        String origin = switch (settings.originOf(key)) {
            case OVERRIDE -> fromFlag ? "--bootstrap-servers" : "-D " + key;
            case ENVIRONMENT -> "env " + Settings.envName(key);
            case FILE -> key + " in " + configFile;
            case DEFAULT -> "the default address: no --bootstrap-servers, env " + Settings.envName(key) + " or " + key
                    + " in a config file";
        };
        return new ClusterAddress(settings.bootstrapServers(), origin);
    }

    /** One line for the user: {@code Kafka at localhost:9092 (from env KAFKA_BOOTSTRAP_SERVERS)}. */
    public String describe() {
        return "Kafka at " + servers + (origin.startsWith("the default") ? " (" + origin + ")" : " (from " + origin + ")");
    }
}
