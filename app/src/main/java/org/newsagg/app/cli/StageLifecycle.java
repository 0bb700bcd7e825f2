package org.newsagg.app.cli;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import org.newsagg.app.ops.OpsServer;

/**
 * Starts a stage process's own parts (its {@code /metrics} server) and keeps the process alive until SIGINT/SIGTERM,
 * then closes what it runs, in reverse order of start.
 */
public final class StageLifecycle {

    private StageLifecycle() {}

    /**
     * Serves {@code /metrics}, {@code /health} and {@code /ready} on {@code port}, or nothing for a negative port.
     * When the port cannot be had, closes {@code openSoFar} (in reverse order, as at shutdown) and fails naming the
     * setting ({@code portKey}) to change.
     */
    public static OpsServer serveOps(PrometheusMeterRegistry registry, String portKey, int port, BooleanSupplier ready,
            AutoCloseable... openSoFar) {
        if (port < 0) return null;
        try {
            return OpsServer.start(registry, port, ready);
        } catch (RuntimeException e) {
            closeAll(openSoFar);
            throw new IllegalStateException(e.getMessage() + " (set " + portKey + "; -1 disables it)", e);
        }
    }

    public static void runUntilStopped(AutoCloseable... resources) {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            closeAll(resources);
            stopped.countDown();
        }, "newsagg-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
