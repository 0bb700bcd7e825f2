package org.newsagg.cluster;

import java.nio.file.Path;
import java.util.Map;
import org.newsagg.broker.EmbeddedKafkaBroker;
import org.newsagg.model.Settings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options every command that talks to Kafka shares. Each one maps to a setting key, so a flag, an env var and
 * a line in the properties file are three ways to say the same thing (flag wins, then env, then file).
 */
public final class KafkaOptions {

    @Option(names = {"-b", "--bootstrap-servers"}, paramLabel = "HOST:PORT,...",
            description = "Kafka brokers (setting kafka.bootstrap.servers, env KAFKA_BOOTSTRAP_SERVERS). "
                    + "When none is given, a single-node broker is started in this process.")
    String bootstrapServers;

    @Mixin
    SettingsOptions files;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory of the embedded broker (default: a temporary directory, deleted on exit).")
    Path dataDir;

    public Settings settings() {
        return files.settings(bootstrapServers == null ? Map.of() : Map.of(Settings.BOOTSTRAP_SERVERS, bootstrapServers));
    }

    /**
     * Settings pointing at a reachable broker: the configured one, or an embedded one started now (closed with the
     * returned connection).
     */
    public KafkaConnection connect(int defaultPartitions) {
        Settings s = settings();
        String bootstrap = s.get(Settings.BOOTSTRAP_SERVERS, null);
        if (bootstrap != null) return new KafkaConnection(s, null);
        System.err.println("No --bootstrap-servers given: starting an embedded single-node Kafka broker...");
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, defaultPartitions);
        System.err.println("Embedded Kafka broker at " + broker.bootstrapServers());
        return new KafkaConnection(s.with(Map.of(Settings.BOOTSTRAP_SERVERS, broker.bootstrapServers())), broker);
    }
}
