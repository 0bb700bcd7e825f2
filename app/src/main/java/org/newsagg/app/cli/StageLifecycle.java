package org.newsagg.app.cli;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.newsagg.app.ops.OpsServer;
import org.newsagg.runtime.ListenAddress;

/**
 * Starts a stage process's own parts (its {@code /metrics} server) and keeps the process alive until SIGINT/SIGTERM
 * or until the stage fails for good, then closes what it runs, in reverse order of start.
 */
public final class StageLifecycle {

    private StageLifecycle() {}

    /**
     * Serves {@code /metrics}, {@code /health} and {@code /ready} on {@code address}, or nothing for port -1. When
     * the address cannot be had, closes {@code openSoFar} (in reverse order, as at shutdown) and fails with a
     * message naming the setting to change.
     */
    public static OpsServer serveOps(PrometheusMeterRegistry registry, ListenAddress address, BooleanSupplier ready,
            AutoCloseable... openSoFar) {
        return serveOps(registry, address, ready, Map.of(), openSoFar);
    }

    /** As above, also serving the stage's own JSON documents ({@link OpsServer#start}). */
    public static OpsServer serveOps(PrometheusMeterRegistry registry, ListenAddress address, BooleanSupplier ready,
            Map<String, Supplier<String>> json, AutoCloseable... openSoFar) {
        if (!address.enabled()) return null;
        try {
            return OpsServer.start(registry, address, ready, json);
        } catch (RuntimeException e) {
            closeAll(openSoFar);
            throw e;
        }
    }

    /** Starts a stage; when it refuses, closes {@code openSoFar} (in reverse order) before the error goes on. */
    public static void start(Runnable start, AutoCloseable... openSoFar) {
        try {
            start.run();
        } catch (RuntimeException e) {
            closeAll(openSoFar);
            throw e;
        }
    }

    /**
     * Completes when the stage's Kafka Streams has stopped for good (state ERROR), as after a thread that lost its
     * input position ({@code StageThreadFailures}). Must be called before the stage starts.
     */
    public static CompletableFuture<Void> failureOf(KafkaStreams streams) {
        CompletableFuture<Void> failed = new CompletableFuture<>();
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.ERROR) failed.complete(null);
        });
        return failed;
    }

    public static void runUntilStopped(AutoCloseable... resources) {
        runUntilStoppedOrFailed(new CompletableFuture<>(), resources);
    }

    /**
     * Keeps the process alive until SIGINT/SIGTERM (exit code 0) or until {@code failed} completes (exit code 1, so
     * that a supervisor sees a stage that stopped working), then closes {@code resources} in reverse order.
     */
    public static int runUntilStoppedOrFailed(CompletableFuture<?> failed, AutoCloseable... resources) {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            closeAll(resources);
            stopped.countDown();
        }, "newsagg-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        failed.whenComplete((v, e) -> stopped.countDown());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!failed.isDone()) return 0;
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            return 1; // the hook is closing them
        }
        closeAll(resources);
        return 1;
    }

    /** Closes in reverse order of start; a failure to close one does not keep the others open. */
    private static void closeAll(AutoCloseable... resources) {
        for (int i = resources.length - 1; i >= 0; i--) {
            try {
                if (resources[i] != null) resources[i].close();
            } catch (Exception e) {
                System.err.println("error while stopping: " + e.getMessage());
            }
        }
    }
}
