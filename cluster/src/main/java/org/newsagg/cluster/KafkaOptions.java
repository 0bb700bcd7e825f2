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

    /**
     * Settings pointing at the configured cluster, once it answered: says which address is used (on stderr, which
     * keeps stdout for the command's output) and fails within {@link ClusterCheck#TIMEOUT} when nothing answers there.
     */
    public KafkaConnection connect() {
        Settings s = settings();
        ClusterAddress address = address();
        System.err.println(address.describe());
        KafkaConnection conn = new KafkaConnection(s.with(Map.of(Settings.BOOTSTRAP_SERVERS, address.servers())), null);
        ClusterCheck.requireReachable(address, conn.clientProperties());
        return conn;
    }
}
