package org.newsagg.app.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.newsagg.app.NewsaggCommand;

/**
 * A pipeline stage ({@code newsagg streams} or {@code newsagg sink}) running as a child JVM on the test's classpath,
 * so a test can SIGKILL it as a crash would. Output goes to a log file, never to a pipe nobody drains.
 */
final class StageProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private StageProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Where child logs go: kept after the run (target/fault-logs), unlike the tests' temporary directories. */
    static final Path LOGS = Path.of("target", "fault-logs");

    static StageProcess start(String stage, String bootstrapServers, Map<String, String> settings, String logName) {
        return start(stage, List.of(), bootstrapServers, settings, logName);
    }

    /** As above, with the stage command's own options ({@code ingest --feeds FILE --http-port N}). */
    static StageProcess start(String stage, List<String> options, String bootstrapServers, Map<String, String> settings,
            String logName) {
        Path log = LOGS.resolve(logName);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m",
                "-cp", System.getProperty("java.class.path"), NewsaggCommand.class.getName(), stage));
        command.addAll(options);
        command.addAll(List.of("--bootstrap-servers", bootstrapServers));
        settings.forEach((k, v) -> {
            command.add("-D");
            command.add(k + "=" + v);
        });
        try {
            Files.createDirectories(LOGS);
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
            return new StageProcess(p, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the " + stage + " stage", e);
        }
    }

    /** A port free now, for a child's metrics server: the child binds it a moment later. */
    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL: no shutdown hook, no transaction commit, no state flush. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) throw new IllegalStateException("stage did not die: " + log);
    }

    /** Waits for the process to end by itself and returns its exit code; fails after {@code timeout}. */
    int awaitExit(java.time.Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("stage still running after " + timeout + ": " + tail());
        }
        return process.exitValue();
    }

    boolean alive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    /** The last lines of the stage's output, for a failure message. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return log + ": " + e.getMessage();
        }
    }

    /** SIGTERM, the stage's orderly shutdown; SIGKILL if it does not end within 40 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(40, TimeUnit.SECONDS)) kill();
    }
}
