package org.newsagg.ingest.poll;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * At most one request at a time to each host, and at least {@code gap} from the end of one to the start of the
 * next, whatever the feed list says: the feeds of one publisher are polled one after the other. A host is a
 * scheme, name and port, the unit robots.txt rules apply to (RFC 9309). Waiting holds no thread: a turn is a future
 * that the scheduler completes once the host is free, in the order turns were asked for.
 */
final class HostGate {

    private final long gapNanos;
    private final ScheduledExecutorService scheduler;
    private final LongSupplier nanoTime;
    private final Map<String, Host> hosts = new HashMap<>();

    HostGate(Duration gap, ScheduledExecutorService scheduler, LongSupplier nanoTime) {
        this.gapNanos = gap.toNanos();
        this.scheduler = scheduler;
        this.nanoTime = nanoTime;
    }

    /** A turn at one host; {@link #release()} it when the request, and what is done with its answer, is over. */
    final class Turn {
        private final String host;
        private boolean released;

        private Turn(String host) {
            this.host = host;
        }

        void release() {
            CompletableFuture<Turn> next;
            synchronized (HostGate.this) {
                if (released) return;
                released = true;
                Host h = hosts.get(host);
                h.busy = false;
                h.freeAt = nanoTime.getAsLong() + gapNanos;
                next = dispatch(host, h);
            }
            hand(next, host);
        }
    }

    /** Completes when it is this caller's turn at the URL's host. */
    CompletableFuture<Turn> acquire(String url) {
        String key = key(url);
        CompletableFuture<Turn> turn = new CompletableFuture<>();
        CompletableFuture<Turn> next;
        synchronized (this) {
            Host h = hosts.computeIfAbsent(key, k -> new Host(nanoTime.getAsLong()));
            h.waiting.add(turn);
            next = dispatch(key, h);
        }
        hand(next, key);
        return turn;
    }

    /** The host a URL's requests count against: scheme, lower-cased name and port. */
    static String key(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
            return scheme + "://" + host + ":" + port;
        } catch (Exception e) {
            return url; // the fetch will say what is wrong with it; until then it is a host of its own
        }
    }

    /**
     * Under the lock: the waiting turn to hand out now, if the host is idle and its gap has passed; otherwise
     * schedules a wake-up for when the gap will have passed.
     */
    private CompletableFuture<Turn> dispatch(String key, Host h) {
        while (!h.waiting.isEmpty() && h.waiting.peek().isDone()) h.waiting.poll(); // given up on (poller closed)
        if (h.busy || h.waiting.isEmpty()) return null;
        long wait = h.freeAt - nanoTime.getAsLong();
        if (wait > 0) {
            if (!h.wakeScheduled) {
                h.wakeScheduled = true;
                try {
                    scheduler.schedule(() -> wake(key, h), wait, TimeUnit.NANOSECONDS);
                } catch (RejectedExecutionException closed) {
                    h.wakeScheduled = false;
                }
            }
            return null;
        }
        h.busy = true;
        return h.waiting.poll();
    }

    private void wake(String key, Host h) {
        CompletableFuture<Turn> next;
        synchronized (this) {
            h.wakeScheduled = false;
            next = dispatch(key, h);
        }
        hand(next, key);
    }

    /** Outside the lock: what waits for the turn starts a request, and must not do so holding every host. */
    private void hand(CompletableFuture<Turn> next, String key) {
        if (next != null && !next.complete(new Turn(key))) {
            // cancelled between dispatch and here: give the host to the next one
            new Turn(key).release();
        }
    }

    private static final class Host {
        boolean busy;
        boolean wakeScheduled;
        long freeAt;
        final Deque<CompletableFuture<Turn>> waiting = new ArrayDeque<>();

        Host(long now) {
            this.freeAt = now;
        }
    }
}
