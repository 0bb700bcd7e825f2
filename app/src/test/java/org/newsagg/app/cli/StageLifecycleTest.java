package org.newsagg.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.newsagg.app.ops.OpsServer;
import org.newsagg.runtime.ListenAddress;

class StageLifecycleTest {

    @Test
    void aTakenMetricsPortFailsNamingTheSettingAndClosesWhatWasOpenedLastFirst() throws Exception {
        List<String> closed = new ArrayList<>();
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();
            var e = assertThrows(IllegalStateException.class, () -> StageLifecycle.serveOps(
                    OpsServer.newRegistry("sink"), new ListenAddress("127.0.0.1", "newsagg.sink.metrics-bind-address",
                            port, "newsagg.sink.metrics-port"), () -> true,
                    () -> closed.add("connection"), () -> closed.add("stage")));
            assertEquals("cannot serve metrics on 127.0.0.1:" + port + ": the port is already in use"
                    + " (set newsagg.sink.metrics-port to another port; 0 picks a free one, -1 disables it)",
                    e.getMessage());
        }
        assertEquals(List.of("stage", "connection"), closed);
    }

    @Test
    void aNegativePortServesNothing() {
        AtomicInteger closed = new AtomicInteger();
        assertNull(StageLifecycle.serveOps(OpsServer.newRegistry("streams"), new ListenAddress("127.0.0.1",
                "newsagg.streams.bind-address", -1, "newsagg.streams.http-port"), () -> true, closed::incrementAndGet));
        assertEquals(0, closed.get());
    }

    @Test
    void aStageThatFailsForGoodEndsTheProcessWithExitCodeOneClosingWhatItRan() {
        List<String> closed = new ArrayList<>();
        int code = StageLifecycle.runUntilStoppedOrFailed(CompletableFuture.completedFuture(null),
                () -> closed.add("connection"), () -> closed.add("stage"), () -> closed.add("metrics"));
        assertEquals(1, code);
        assertEquals(List.of("metrics", "stage", "connection"), closed);
    }

    @Test
    void aStageThatRefusesToStartClosesWhatWasOpenedAndTheErrorGoesOn() {
        List<String> closed = new ArrayList<>();
        var e = assertThrows(IllegalStateException.class, () -> StageLifecycle.start(() -> {
            throw new IllegalStateException("the streams stage will not start");
        }, () -> closed.add("connection"), () -> closed.add("stage")));
        assertEquals("the streams stage will not start", e.getMessage());
        assertEquals(List.of("stage", "connection"), closed);
    }
}
