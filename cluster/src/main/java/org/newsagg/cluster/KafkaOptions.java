package org.newsagg.cluster;

import java.util.Map;
import org.newsagg.model.Settings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of every command that works on a cluster other processes share (the stages, replay, topics, status,
 * tail, dlq, reset). Each one maps to a setting key, so a flag, an env var and a line in the properties file are three
 * ways to say the same thing (flag wins, then env, then file). Such a command never starts a broker of its own: one
 * that vanished with it would make a replay, or an empty {@code status}, look like it had worked.
 */
public final class KafkaOptions {

    @Option(names = {"-b", "--bootstrap-servers"}, paramLabel = "HOST:PORT,...",
            description = "Kafka brokers (setting kafka.bootstrap.servers, env KAFKA_BOOTSTRAP_SERVERS; default "
                    + Settings.DEFAULT_BOOTSTRAP_SERVERS + ", where ./newsagg broker listens).")
    String bootstrapServers;

    @Mixin
    SettingsOptions files;

    public Settings settings() {
        return files.settings(bootstrapServers == null ? Map.of() : Map.of(Settings.BOOTSTRAP_SERVERS, bootstrapServers));
    }

    /** The address this command uses, and where it came from. */
    public ClusterAddress address() {
        return ClusterAddress.of(settings(), bootstrapServers != null, files.configFile());
    }

    /** Settings pointing at the configured cluster, once it answered ({@link KafkaConnection#checked}). */
    public KafkaConnection connect() {
        return KafkaConnection.checked(settings(), address());
    }
}
