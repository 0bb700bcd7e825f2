package org.newsagg.cluster;

import java.nio.file.Path;
import java.util.Map;
import org.newsagg.broker.EmbeddedKafkaBroker;
import org.newsagg.model.Settings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the commands that run a whole pipeline for themselves (demo, bench): a cluster's address, or, when
 * none is set, a single-node broker started in this process and gone with it, which is what these commands are for.
 */
public final class OwnBrokerOptions {

    @Option(names = {"-b", "--bootstrap-servers"}, paramLabel = "HOST:PORT,...",
            description = "Kafka brokers (setting kafka.bootstrap.servers, env KAFKA_BOOTSTRAP_SERVERS). When none is "
                    + "set, a single-node broker is started in this process.")
    String bootstrapServers;

    @Mixin
    SettingsOptions files;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory of the broker started here (default: a temporary directory, deleted on exit).")
    Path dataDir;

    public Settings settings() {
        return files.settings(bootstrapServers == null ? Map.of() : Map.of(Settings.BOOTSTRAP_SERVERS, bootstrapServers));
    }

    /**
     * Settings pointing at a reachable broker: the configured one once it answered, or one started now (closed with
     * the returned connection).
     */
    public KafkaConnection connect(int defaultPartitions) {
        Settings s = settings();
        if (s.originOf(Settings.BOOTSTRAP_SERVERS) != Settings.Origin.DEFAULT) {
            return KafkaConnection.checked(s, ClusterAddress.of(s, bootstrapServers != null, files.configFile()));
        }
        System.err.println("No Kafka address set: starting a single-node Kafka broker in this process...");
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, defaultPartitions);
        System.err.println("Kafka broker at " + broker.bootstrapServers() + " (gone when this command ends)");
        return new KafkaConnection(s.with(Map.of(Settings.BOOTSTRAP_SERVERS, broker.bootstrapServers())), broker);
    }
}
