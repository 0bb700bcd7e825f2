package org.newsagg.app.cli;

import java.util.concurrent.CountDownLatch;

/** Keeps a stage process alive until SIGINT/SIGTERM, then closes what it runs, in reverse order of start. */
public final class StageLifecycle {

    private StageLifecycle() {}

    public static void runUntilStopped(AutoCloseable... resources) {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            for (int i = resources.length - 1; i >= 0; i--) {
                try {
                    if (resources[i] != null) resources[i].close();
                } catch (Exception e) {
                    System.err.println("error while stopping: " + e.getMessage());
                }
            }
            stopped.countDown();
        }, "newsagg-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
