package org.newsagg.ingest.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HostGateTest {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    /** The gate's clock, moved by the test: a gap ends when the test says, not when a sleep does. */
    private final AtomicLong now = new AtomicLong();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void oneRequestAtATimePerHostInTheOrderAskedFor() throws Exception {
        HostGate gate = new HostGate(Duration.ZERO, 8, scheduler, now::get);
        CompletableFuture<HostGate.Turn> first = gate.acquire("https://news.example/world.xml");
        CompletableFuture<HostGate.Turn> second = gate.acquire("https://NEWS.example:443/politics.xml");
        CompletableFuture<HostGate.Turn> third = gate.acquire("https://news.example/sport.xml");
        CompletableFuture<HostGate.Turn> otherPort = gate.acquire("https://news.example:8443/world.xml");
        CompletableFuture<HostGate.Turn> plainHttp = gate.acquire("http://news.example/world.xml");
        assertEquals(List.of(true, false, false, true, true), done(first, second, third, otherPort, plainHttp));
        first.get().release();
        assertEquals(List.of(true, false), done(second, third));
        second.get().release();
        assertTrue(third.isDone());
    }

    @Test
    void theNextRequestToAHostWaitsForTheGapAfterTheLastEnded() throws Exception {
        HostGate gate = new HostGate(Duration.ofSeconds(2), 8, scheduler, now::get);
        gate.acquire("https://news.example/a.xml").get().release();
        CompletableFuture<HostGate.Turn> next = gate.acquire("https://news.example/b.xml");
        CompletableFuture<HostGate.Turn> elsewhere = gate.acquire("https://other.example/a.xml");
        assertEquals(List.of(false, true), done(next, elsewhere));
        now.addAndGet(Duration.ofMillis(1999).toNanos());
        assertFalse(next.isDone());
        now.addAndGet(Duration.ofMillis(1).toNanos());
        // the wake-up the gate scheduled (2 s of real time) finds the gap over
        next.get(10, TimeUnit.SECONDS);
    }

    @Test
    void atMostMaxOpenRequestsOverAllHosts() throws Exception {
        HostGate gate = new HostGate(Duration.ZERO, 2, scheduler, now::get);
        CompletableFuture<HostGate.Turn> a = gate.acquire("https://a.example/");
        CompletableFuture<HostGate.Turn> b = gate.acquire("https://b.example/");
        CompletableFuture<HostGate.Turn> c = gate.acquire("https://c.example/");
        CompletableFuture<HostGate.Turn> d = gate.acquire("https://d.example/");
        assertEquals(List.of(true, true, false, false), done(a, b, c, d));
        b.get().release();
        assertEquals(List.of(true, false), done(c, d));
        b.get().release(); // a second release of one turn changes nothing
        assertFalse(d.isDone());
        a.get().release();
        assertTrue(d.isDone());
    }

    @Test
    void aTurnGivenUpOnPassesToTheNextWaiter() throws Exception {
        HostGate gate = new HostGate(Duration.ZERO, 8, scheduler, now::get);
        CompletableFuture<HostGate.Turn> first = gate.acquire("https://news.example/a.xml");
        CompletableFuture<HostGate.Turn> abandoned = gate.acquire("https://news.example/b.xml");
        CompletableFuture<HostGate.Turn> last = gate.acquire("https://news.example/c.xml");
        abandoned.cancel(false);
        first.get().release();
        assertTrue(last.isDone());
    }

    @SafeVarargs
    private static List<Boolean> done(CompletableFuture<HostGate.Turn>... turns) {
        return java.util.Arrays.stream(turns).map(CompletableFuture::isDone).toList();
    }
}
