package org.newsagg.sink.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.newsagg.sink.aggregate.WindowSpec;
import org.newsagg.sink.query.AggregateReadModel;

/**
 * The sink's HTTP side: query API, peer endpoints, health, readiness and the live page, on the JDK's server. Bound
 * before Kafka Streams is built, so the port it got can be advertised as {@code application.server}.
 */
public final class SinkWebServer implements AutoCloseable {

    /** Threads serving requests; more than one, since answering a request may wait on a peer that is asking us. */
    private static final int THREADS = 8;

    private final HttpServer server;
    private ExecutorService executor;

    private SinkWebServer(HttpServer server) {
        this.server = server;
    }

    /** Binds all interfaces on {@code port}; 0 picks a free port, see {@link #port()}. */
    public static SinkWebServer bind(int port) {
        try {
            return new SinkWebServer(HttpServer.create(new InetSocketAddress(port), 0));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the sink's HTTP port " + port + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Starts answering.
     *
     * @param global   the whole application's state, for {@code /api/...}
     * @param local    this instance's state, for {@code /api/local/...}
     * @param state    the Kafka Streams state name: {@code /ready} is 200 only when it is RUNNING
     */
    public SinkWebServer serve(AggregateReadModel global, AggregateReadModel local, List<WindowSpec> windows,
            List<String> trendingDimensions, Supplier<String> state) {
        server.createContext("/api/local/", new ApiHandler("/api/local/", local, windows, trendingDimensions));
        server.createContext("/api/", new ApiHandler("/api/", global, windows, trendingDimensions));
        server.createContext("/health", exchange -> HttpReplies.json(exchange, 200, Map.of("status", "UP")));
        server.createContext("/ready", exchange -> {
            String s = state.get();
            HttpReplies.json(exchange, "RUNNING".equals(s) ? 200 : 503, Map.of("status", s));
        });
        server.createContext("/", new StaticFiles());
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "sink-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.start();
        return this;
    }

    @Override
    public void close() {
        server.stop(1);
        if (executor != null) executor.shutdownNow();
    }
}
