package org.newsagg.app.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands that work on a shared cluster never start a broker of their own: given an address nothing answers at, they
 * fail within ten seconds, naming the address and where it came from. Before, {@code status} without an address
 * started an empty broker and reported a healthy, empty pipeline (exit 0), and a wrong address took 32 to 61 s to
 * fail with a client's internal message.
 */
class ClusterAddressIT {

    @TempDir
    Path dir;

    @Test
    void statusWithTheAddressOfAConfigFileWhereNothingListensFailsNamingTheFile() throws Exception {
        Path config = Files.writeString(dir.resolve("newsagg.properties"), "kafka.bootstrap.servers=127.0.0.1:1\n");
        CommandRun run = assertTimeoutPreemptively(Duration.ofSeconds(40),
                () -> CommandRun.execute(List.of("status", "--config", config.toString()), Map.of()));
        assertEquals(1, run.code(), run.err());
        assertEquals("Kafka at 127.0.0.1:1 (from kafka.bootstrap.servers in " + config + ")\n"
                + "newsagg status: cannot reach Kafka at 127.0.0.1:1: no broker answered within 10 s. Check the "
                + "address (given by kafka.bootstrap.servers in " + config + ") and that the brokers are up.", run.printed());
    }

    @Test
    void tailOfAHostThatDoesNotResolveSaysSoAtOnce() {
        CommandRun run = CommandRun.execute(List.of("tail", "news.tagged", "-b", "no-such-host.invalid:9092"), Map.of());
        assertEquals(1, run.code(), run.err());
        assertEquals("Kafka at no-such-host.invalid:9092 (from --bootstrap-servers)\n"
                + "newsagg tail: cannot reach Kafka at no-such-host.invalid:9092: no host of that address resolves. "
                + "Check the address (given by --bootstrap-servers) and that the brokers are up.", run.printed());
    }
}
