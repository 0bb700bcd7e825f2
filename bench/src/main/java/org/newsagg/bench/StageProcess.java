package org.newsagg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * One pipeline stage ({@code newsagg streams} or {@code newsagg sink}) run as a child JVM on this process's class
 * path, so its memory is its own: resident set from /proc, heap through a loopback-only JMX port.
 */
public final class StageProcess implements AutoCloseable {

    private static final ObjectName FETCH_METRICS = objectName(
            "kafka.consumer:type=consumer-fetch-manager-metrics,client-id=*,topic=*");

    private final String stage;
    private final Process process;
    private final int jmxPort;
    private final Thread reaper;
    private JMXConnector connector;
    private MemoryMXBean memory;
    private long peakHeapBytes;
    private long peakRssKb;

    private StageProcess(String stage, Process process, int jmxPort) {
        this.stage = stage;
        this.process = process;
        this.jmxPort = jmxPort;
        // A bench stopped with Ctrl-C or killed by a timeout must not leave stage JVMs running behind it.
        this.reaper = new Thread(process::destroyForcibly, "bench-stage-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /** Starts {@code newsagg <stage>} against the given brokers with the phase's settings as {@code -D} flags. */
    public static StageProcess start(String stage, String bootstrapServers, Map<String, String> settings,
            String maxHeap, Path log) {
        int port = freePort();
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (maxHeap != null && !maxHeap.isBlank()) cmd.add("-Xmx" + maxHeap);
        cmd.add("-Dcom.sun.management.jmxremote.port=" + port);
        cmd.add("-Dcom.sun.management.jmxremote.rmi.port=" + port);
        cmd.add("-Dcom.sun.management.jmxremote.host=127.0.0.1");
        cmd.add("-Djava.rmi.server.hostname=127.0.0.1");
        cmd.add("-Dcom.sun.management.jmxremote.authenticate=false");
        cmd.add("-Dcom.sun.management.jmxremote.ssl=false");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.newsagg.app.NewsaggCommand");
        cmd.add(stage);
        cmd.add("--bootstrap-servers");
        cmd.add(bootstrapServers);
        settings.forEach((k, v) -> {
            cmd.add("-D");
            cmd.add(k + "=" + v);
        });
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new StageProcess(stage, p, port);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the " + stage + " stage JVM: " + e.getMessage(), e);
        }
    }

    public String stage() {
        return stage;
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Connects to the child's JMX port, retrying while the JVM starts. */
    public void connect(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            try {
                JMXServiceURL url = new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi");
                connector = JMXConnectorFactory.connect(url);
                memory = ManagementFactory.newPlatformMXBeanProxy(connector.getMBeanServerConnection(),
                        ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
                return;
            } catch (IOException e) {
                if (!process.isAlive()) throw new IllegalStateException(stage + " stage JVM exited with " + process.exitValue());
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("no JMX from the " + stage + " stage within " + timeout, e);
                }
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            }
        }
    }

    /** Takes one sample of heap and RSS and keeps the peaks. */
    public void sample() {
        if (!process.isAlive()) return;
        try {
            peakHeapBytes = Math.max(peakHeapBytes, memory.getHeapMemoryUsage().getUsed());
        } catch (RuntimeException e) {
            // The JVM may be exiting between isAlive and the call: that sample is lost, the peak stays.
        }
        ProcStatus s = ProcStatus.read(process.pid());
        peakRssKb = Math.max(peakRssKb, s.rssKb());
    }

    /** The heap in use right after a full collection, in MB: what the stage retains now; -1 if it is gone. */
    public double liveHeapMb() {
        if (!process.isAlive()) return -1;
        try {
            memory.gc();
            return mb(memory.getHeapMemoryUsage().getUsed());
        } catch (RuntimeException e) {
            return -1; // exiting between isAlive and the call
        }
    }

    /** Resident set now, in MB; -1 if the stage is gone. */
    public double rssMb() {
        return process.isAlive() ? kbToMb(ProcStatus.read(process.pid()).rssKb()) : -1;
    }

    /**
     * Records the stage's consumers have fetched from these topics, from the clients' own metrics over JMX; -1 if
     * the stage is gone. Fetched runs at most one poll ahead of processed, and unlike committed offsets it does not
     * count transaction markers, so it tells how many articles have reached the stage.
     */
    public long recordsFetched(Collection<String> topics) {
        if (!process.isAlive()) return -1;
        try {
            MBeanServerConnection server = connector.getMBeanServerConnection();
            // Clients register each topic-level metric twice, under the topic's name and with '.' as '_'.
            Map<String, Long> byTopic = new HashMap<>();
            for (ObjectName name : server.queryNames(FETCH_METRICS, null)) {
                String topic = name.getKeyProperty("topic");
                if (topic == null || name.getKeyProperty("partition") != null) continue;
                String canonical = topic.replace('.', '_');
                if (topics.stream().noneMatch(t -> t.replace('.', '_').equals(canonical))) continue;
                long fetched = ((Number) server.getAttribute(name, "records-consumed-total")).longValue();
                byTopic.merge(canonical, fetched, Math::max);
            }
            return byTopic.values().stream().mapToLong(Long::longValue).sum();
        } catch (IOException | JMException | RuntimeException e) {
            return -1; // exiting, or the consumer not created yet
        }
    }

    /** The stage's memory now: peaks so far, and the heap still live after a full collection. */
    public StageMemory measure() {
        if (!process.isAlive()) {
            // Died on the way (an OutOfMemoryError under -Xmx, say): report the peaks seen, and that it died.
            return new StageMemory(stage, mb(peakHeapBytes), -1, -1, -1, -1, kbToMb(peakRssKb), false);
        }
        sample();
        long committed = memory.getHeapMemoryUsage().getCommitted();
        long max = memory.getHeapMemoryUsage().getMax();
        memory.gc();
        long live = memory.getHeapMemoryUsage().getUsed();
        ProcStatus s = ProcStatus.read(process.pid());
        return new StageMemory(stage, mb(peakHeapBytes), mb(live), mb(committed), mb(max),
                kbToMb(s.rssKb()), kbToMb(Math.max(s.hwmKb(), peakRssKb)), process.isAlive());
    }

    private static ObjectName objectName(String name) {
        try {
            return new ObjectName(name);
        } catch (MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double mb(long bytes) {
        return Math.round(bytes / 1024.0 / 1024.0 * 10) / 10.0;
    }

    private static double kbToMb(long kb) {
        return kb < 0 ? -1 : Math.round(kb / 1024.0 * 10) / 10.0;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for JMX", e);
        }
    }

    /** Stops the stage as an operator would (SIGTERM: its shutdown hook closes Kafka Streams), forcibly if stuck. */
    @Override
    public void close() {
        try {
            if (connector != null) connector.close();
        } catch (IOException e) {
            // the child is going away anyway
        }
        process.destroy();
        try {
            if (!process.waitFor(40, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs and finds the process gone
        }
    }
}
