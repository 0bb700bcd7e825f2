package org.newsagg.ingest.poll;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
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
 * scheme, name and port, the unit robots.txt rules apply to (RFC 9309). And at most {@code maxOpen} requests at
 * once over all hosts, so the bodies being received (each up to {@code newsagg.ingest.max-body-bytes}) stay within
 * a bounded heap however many hosts the feed list names. Waiting holds no thread: a turn is a future that the
 * scheduler completes once the host is free, in the order turns were asked for.
 */
final class HostGate {

    private final long gapNanos;
    private final int maxOpen;
    private int open;
    /** Hosts whose next turn is due but waits for one of the {@code maxOpen} requests to end, in order. */
    private final Deque<String> blocked = new ArrayDeque<>();
    private final ScheduledExecutorService scheduler;
    private final LongSupplier nanoTime;
    private final Map<String, Host> hosts = new HashMap<>();

    HostGate(Duration gap, int maxOpen, ScheduledExecutorService scheduler, LongSupplier nanoTime) {
        this.gapNanos = gap.toNanos();
        this.maxOpen = maxOpen;
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
            List<Handoff> next = new ArrayList<>();
            synchronized (HostGate.this) {
                if (released) return;
                released = true;
                open--;
                Host h = hosts.get(host);
                h.busy = false;
                h.freeAt = nanoTime.getAsLong() + gapNanos;
                // the hosts that waited for a free request first, then this one's next turn (after its gap)
                while (open < maxOpen && !blocked.isEmpty()) {
                    String key = blocked.poll();
                    Host waiting = hosts.get(key);
                    waiting.blocked = false;
                    Handoff handoff = dispatch(key, waiting);
                    if (handoff != null) next.add(handoff);
                }
                Handoff own = dispatch(host, h);
                if (own != null) next.add(own);
            }
            next.forEach(HostGate.this::hand);
        }
    }

    /** Completes when it is this caller's turn at the URL's host. */
    CompletableFuture<Turn> acquire(String url) {
        String key = key(url);
        CompletableFuture<Turn> turn = new CompletableFuture<>();
        Handoff next;
        synchronized (this) {
            Host h = hosts.computeIfAbsent(key, k -> new Host(nanoTime.getAsLong()));
            h.waiting.add(turn);
            next = dispatch(key, h);
        }
        hand(next);
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
    private Handoff dispatch(String key, Host h) {
        while (!h.waiting.isEmpty() && h.waiting.peek().isDone()) h.waiting.poll(); // given up on (poller closed)
        if (h.busy || h.blocked || h.waiting.isEmpty()) return null;
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
        if (open >= maxOpen) {
            h.blocked = true;
            blocked.add(key);
            return null;
        }
        open++;
        h.busy = true;
        return new Handoff(h.waiting.poll(), key);
    }

    private void wake(String key, Host h) {
        Handoff next;
        synchronized (this) {
            h.wakeScheduled = false;
            next = dispatch(key, h);
        }
        hand(next);
    }

    /** A turn handed out under the lock, to be given to its waiter outside it. */
    private record Handoff(CompletableFuture<Turn> waiter, String host) {}

    /** Outside the lock: what waits for the turn starts a request, and must not do so holding every host. */
    private void hand(Handoff next) {
        if (next == null) return;
        Turn turn = new Turn(next.host());
        if (!next.waiter().complete(turn)) turn.release(); // given up on meanwhile: the host goes to the next one
    }

    private static final class Host {
        boolean busy;
        boolean blocked;
        boolean wakeScheduled;
        long freeAt;
        final Deque<CompletableFuture<Turn>> waiting = new ArrayDeque<>();

        Host(long now) {
            this.freeAt = now;
        }
    }
}
