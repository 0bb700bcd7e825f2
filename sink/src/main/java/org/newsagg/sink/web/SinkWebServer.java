package org.newsagg.sink.web;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.newsagg.runtime.ListenAddress;
import org.newsagg.sink.aggregate.WindowSpec;
import org.newsagg.sink.codes.Codebook;
import org.newsagg.sink.evidence.EvidenceArticle;
import org.newsagg.sink.evidence.EvidenceReadModel;
import org.newsagg.sink.query.AggregateReadModel;
import org.newsagg.sink.query.QueryUnavailableException;

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

    /** Binds {@code address}; port 0 picks a free port, see {@link #port()}. */
    public static SinkWebServer bind(ListenAddress address) {
        return new SinkWebServer(address.bind("the sink's API and live page"));
    }

    /** Binds loopback on {@code port}, as tests do. */
    public static SinkWebServer bind(int port) {
        return bind(new ListenAddress(ListenAddress.LOOPBACK, "newsagg.sink.bind-address", port,
                "newsagg.sink.http-port"));
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
        EvidenceReadModel none = new EvidenceReadModel() {
            @Override
            public List<EvidenceArticle> evidence(String dimension, String key, String window, Instant start) {
                throw new QueryUnavailableException("this server keeps no evidence");
            }

            @Override
            public boolean keeps(String dimension) {
                return false;
            }
        };
        return serve(global, local, none, none, windows, trendingDimensions, state);
    }

    /**
     * Starts answering, with the articles behind the counts.
     *
     * @param globalEvidence the whole application's evidence, for {@code /api/evidence}
     * @param localEvidence  this instance's, for {@code /api/local/evidence}
     */
    public SinkWebServer serve(AggregateReadModel global, AggregateReadModel local, EvidenceReadModel globalEvidence,
            EvidenceReadModel localEvidence, List<WindowSpec> windows, List<String> trendingDimensions,
            Supplier<String> state) {
        Codebook codebook = Codebook.bundled();
        server.createContext("/api/local/", new ApiHandler("/api/local/", local, localEvidence, codebook, windows,
                trendingDimensions));
        server.createContext("/api/", new ApiHandler("/api/", global, globalEvidence, codebook, windows,
                trendingDimensions));
        server.createContext("/health", probe("/health", exchange ->
                HttpReplies.json(exchange, 200, Map.of("status", "UP"))));
        server.createContext("/ready", probe("/ready", exchange -> {
            String s = state.get();
            HttpReplies.json(exchange, "RUNNING".equals(s) ? 200 : 503, Map.of("status", s));
        }));
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

    /**
     * A probe answers its exact path only (the JDK matches contexts by prefix: "/healthz" would reach "/health"), to
     * GET without parameters.
     */
    private static HttpHandler probe(String path, HttpHandler answer) {
        return exchange -> {
            try {
                String method = exchange.getRequestMethod();
                if (!"GET".equals(method) && !"HEAD".equals(method)) {
                    HttpReplies.error(exchange, 405, "only GET is supported");
                } else if (!ApiHandler.checkedPath(exchange).equals(path)) {
                    HttpReplies.error(exchange, 404, "no page " + exchange.getRequestURI().getPath());
                } else if (exchange.getRequestURI().getRawQuery() != null) {
                    HttpReplies.error(exchange, 400, path + " takes no parameters");
                } else {
                    answer.handle(exchange);
                }
            } catch (BadRequestException e) {
                HttpReplies.error(exchange, 400, e.getMessage());
            }
        };
    }

    @Override
    public void close() {
        server.stop(1);
        if (executor != null) executor.shutdownNow();
    }
}
