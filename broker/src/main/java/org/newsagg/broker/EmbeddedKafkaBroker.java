package org.newsagg.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) running in this JVM from the Maven Central
 * jars: what {@code ./newsagg} starts when no bootstrap servers are given, and what the integration tests use.
 *
 * <p>Storage is formatted on first start. The ports are picked free on loopback on first start and remembered in the
 * data directory, so a broker restarted on the same directory keeps its address and clients reconnect to it.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final String PORTS_FILE = "newsagg-broker.ports";
    /**
     * Transactions protocol v1. With v2 (KIP-890, the 4.x default) this single-node broker answered the Streams
     * stages' retried produce requests after CONCURRENT_TRANSACTIONS with OutOfOrderSequence errors in every demo
     * run, and 1 run in 4 stalled until its timeout; with v1, none in repeated runs (docs/architecture.md).
     * Exactly-once semantics are the same with both. Override with -Dnewsagg.broker.transaction-version=2.
     */
    static final short TRANSACTION_VERSION =
            (short) Integer.getInteger("newsagg.broker.transaction-version", 1).intValue();

    private final Path dataDir;
    private final boolean deleteOnClose;
    private final int brokerPort;
    private final KafkaRaftServer server;
    private boolean closed;

    private EmbeddedKafkaBroker(Path dataDir, boolean deleteOnClose, int brokerPort, KafkaRaftServer server) {
        this.dataDir = dataDir;
        this.deleteOnClose = deleteOnClose;
        this.brokerPort = brokerPort;
        this.server = server;
    }

    /**
     * Starts a broker and waits until it answers.
     *
     * @param dataDir where the log lives; null for a temporary directory deleted on close
     * @param defaultPartitions partitions of topics created without an explicit count
     */
    public static EmbeddedKafkaBroker start(Path dataDir, int defaultPartitions) {
        return start(dataDir, defaultPartitions, 0);
    }

    /**
     * The same, listening on {@code brokerPort} on loopback (0: a free one). A data directory started before keeps
     * the port of its first start, so its clients' address stays right.
     */
    public static EmbeddedKafkaBroker start(Path dataDir, int defaultPartitions, int brokerPort) {
        boolean temporary = dataDir == null;
        try {
            Path dir = temporary ? Files.createTempDirectory("newsagg-kafka-") : Files.createDirectories(dataDir);
            int[] ports = ports(dir, brokerPort);
            Path logDir = dir.resolve("kraft-logs");
            Properties props = brokerProperties(logDir, ports[0], ports[1], defaultPartitions);
            KafkaConfig config = KafkaConfig.fromProps(props, false);
            format(logDir);
            KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dir, temporary, ports[0], server);
            broker.awaitReady(Duration.ofSeconds(60));
            log.info("Kafka broker ready at {} (data in {})", broker.bootstrapServers(), dir);
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the embedded broker's data directory: " + e.getMessage(), e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    public Path dataDir() {
        return dataDir;
    }

    static Properties brokerProperties(Path logDir, int brokerPort, int controllerPort, int defaultPartitions) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("num.partitions", Integer.toString(defaultPartitions));
        // One node: internal topics cannot be replicated, and the transaction log needs it for exactly-once.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "4");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "4");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // Topics are created on purpose, with their intended settings; a typo must not create a topic.
        p.put("auto.create.topics.enable", "false");
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024));
        p.put("log.segment.bytes", Integer.toString(64 * 1024 * 1024));
        // Check retention every 10 s, not every 5 min: a topic that would lose replayed (old-timestamped) records
        // to time retention loses them within a test run, where the tests see it.
        p.put("log.retention.check.interval.ms", "10000");
        return p;
    }

    private static void format(Path logDir) {
        if (Files.exists(logDir.resolve("meta.properties"))) return;
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
                    .setNodeId(1)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(logDir.toString()))
                    .setMetadataLogDirectory(logDir.toString())
                    .setControllerListenerName("CONTROLLER")
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setFeatureLevel("transaction.version", TRANSACTION_VERSION)
                    .setIgnoreFormatted(true)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format the embedded broker's storage in " + logDir + ": " + e, e);
        }
    }

    /** The ports of a data directory: remembered from its first start, else picked free now. */
    private static int[] ports(Path dir, int brokerPort) throws IOException {
        Path file = dir.resolve(PORTS_FILE);
        if (Files.exists(file)) {
            String[] parts = Files.readString(file).trim().split(",");
            return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
        }
        int[] ports = freePorts(brokerPort);
        Files.writeString(file, ports[0] + "," + ports[1]);
        return ports;
    }

    /**
     * Two free loopback ports, for the broker's and the controller's listeners. Both sockets are held open until both
     * ports are known: asked one after the other, the system may hand out the same port twice, and the broker then
     * refuses two listeners on one port.
     */
    private static int[] freePorts(int brokerPort) throws IOException {
        try (ServerSocket broker = listen(brokerPort);
                ServerSocket controller = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            broker.setReuseAddress(true);
            controller.setReuseAddress(true);
            return new int[] {broker.getLocalPort(), controller.getLocalPort()};
        }
    }

    private static ServerSocket listen(int port) throws IOException {
        try {
            return new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
        } catch (java.net.BindException e) {
            throw new IllegalStateException("port " + port + " on 127.0.0.1 is already in use (another broker?): stop "
                    + "it, or choose another port with --port (0 for any free one)", e);
        }
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000))) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get().isEmpty()) return;
                } catch (Exception e) {
                    if (Instant.now().isAfter(deadline)) {
                        close();
                        throw new IllegalStateException("embedded broker not ready after " + timeout + ": " + e, e);
                    }
                }
            }
        }
    }

    /** Stops the broker cleanly and, for a temporary directory, deletes its data. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        server.shutdown();
        server.awaitShutdown();
        if (deleteOnClose) deleteRecursively(dataDir);
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("could not delete {}: {}", dir, e.getMessage());
        }
    }
}
