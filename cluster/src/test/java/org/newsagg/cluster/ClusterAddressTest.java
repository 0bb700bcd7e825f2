package org.newsagg.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsagg.model.Settings;

/** Which address a command says it uses, and why: flag, -D, env, or the default. */
class ClusterAddressTest {

    @Test
    void eachOriginIsNamedInTheUsersWords() {
        Settings env = Settings.of(Map.of(), Map.of("KAFKA_BOOTSTRAP_SERVERS", "k1:9092"));
        assertEquals("Kafka at k1:9092 (from env KAFKA_BOOTSTRAP_SERVERS)",
                ClusterAddress.of(env, false, null).describe());
        Settings flag = env.with(Map.of(Settings.BOOTSTRAP_SERVERS, "k2:9092"));
        assertEquals("Kafka at k2:9092 (from --bootstrap-servers)", ClusterAddress.of(flag, true, null).describe());
        assertEquals("Kafka at k2:9092 (from -D kafka.bootstrap.servers)",
                ClusterAddress.of(flag, false, null).describe());
        assertEquals("Kafka at localhost:9092 (the default address: no --bootstrap-servers, env "
                        + "KAFKA_BOOTSTRAP_SERVERS or kafka.bootstrap.servers in a config file)",
                ClusterAddress.of(Settings.of(Map.of()), false, Path.of("unused.properties")).describe());
    }
}
