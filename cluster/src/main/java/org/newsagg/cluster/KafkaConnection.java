package org.newsagg.cluster;

import java.util.HashMap;
import java.util.Map;
import org.newsagg.broker.EmbeddedKafkaBroker;
import org.newsagg.model.Settings;

/** Settings with a reachable broker, and the embedded broker to stop with it when there is one. */
public record KafkaConnection(Settings settings, EmbeddedKafkaBroker embedded) implements AutoCloseable {

    /**
     * A connection to the cluster at {@code address}, once it answered: says which address is used (on stderr, which
     * keeps stdout for the command's output) and fails within {@link ClusterCheck#TIMEOUT} when nothing answers.
     */
    static KafkaConnection checked(Settings settings, ClusterAddress address) {
        System.err.println(address.describe());
        KafkaConnection conn = new KafkaConnection(
                settings.with(Map.of(Settings.BOOTSTRAP_SERVERS, address.servers())), null);
        ClusterCheck.requireReachable(address, conn.clientProperties());
        return conn;
    }

    public String bootstrapServers() {
        return settings.get(Settings.BOOTSTRAP_SERVERS, null);
    }

    /** Client properties: bootstrap servers plus every kafka.* setting (TLS, SASL, ...). */
    public Map<String, Object> clientProperties() {
        Map<String, Object> p = new HashMap<>(settings.withPrefix("kafka."));
        p.put("bootstrap.servers", bootstrapServers());
        return p;
    }

    @Override
    public void close() {
        if (embedded != null) embedded.close();
    }
}
