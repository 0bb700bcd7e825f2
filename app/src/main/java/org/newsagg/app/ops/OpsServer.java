package org.newsagg.app.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.newsagg.runtime.ListenAddress;

/**
 * What operators scrape and probe on every stage process: {@code /metrics} in Prometheus format, {@code /health}
 * (the process is up) and {@code /ready} (the stage is doing its work: Kafka Streams RUNNING, the poller started).
 */
public final class OpsServer implements AutoCloseable {

    /** Longer paths are no path of ours: refused before anything else is done with them. */
    static final int MAX_PATH = 64;

    /** {@code newsagg_ready}: what {@code /ready} answers, 1 or 0. */
    public static final String READY_METER = "newsagg.ready";

    private final PrometheusMeterRegistry registry;
    private final HttpServer server;

    private OpsServer(PrometheusMeterRegistry registry, HttpServer server) {
        this.registry = registry;
        this.server = server;
    }

    /**
     * A stage process's registry, with the JVM's heap and non-heap pools, garbage collections, threads and CPU, so
     * that memory is watched where the other metrics are ({@code jvm_memory_used_bytes{area="heap"}}). The GC meters
     * listen to the JVM's GC notifications for the life of the process: one registry per stage process.
     */
    public static PrometheusMeterRegistry newRegistry(String stage) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("stage", stage);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        return registry;
    }

    /**
     * Serves on {@code address} (loopback unless a bind-address setting says otherwise; port 0 picks a free one).
     * Fails naming the setting to change when the address cannot be had.
     */
    public static OpsServer start(PrometheusMeterRegistry registry, ListenAddress address, BooleanSupplier ready) {
        return start(registry, address, ready, Map.of());
    }

    /**
     * As {@link #start(PrometheusMeterRegistry, ListenAddress, BooleanSupplier)}, also serving a stage's own JSON
     * documents: each path of {@code json} answers what its supplier gives at the time of the request (ingest's
     * {@code /feeds}).
     */
    public static OpsServer start(PrometheusMeterRegistry registry, ListenAddress address, BooleanSupplier ready,
            Map<String, Supplier<String>> json) {
        HttpServer server = address.bind("metrics");
        // /ready as a sample too: Prometheus scrapes /metrics only, and an alert needs "up but not working" apart
        // from "down" (the scrape's own `up`).
        Gauge.builder(READY_METER, ready, r -> r.getAsBoolean() ? 1 : 0)
                .description("1 when /ready answers 200 (Kafka Streams RUNNING, the poller started), else 0")
                .register(registry);
        // One context for every path: the JDK matches contexts by prefix, so "/healthz" would otherwise be /health.
        server.createContext("/", ex -> {
            try {
                answer(ex, registry, ready, json);
            } catch (RuntimeException e) {
                respond(ex, 500, "application/json", "{\"error\":\"internal error\"}");
            }
        });
        server.start();
        return new OpsServer(registry, server);
    }

    /** Serves on loopback, as tests do. */
    public static OpsServer start(PrometheusMeterRegistry registry, int port, BooleanSupplier ready) {
        return start(registry, new ListenAddress(ListenAddress.LOOPBACK, "bind-address", port, "port"), ready);
    }

    private static void answer(HttpExchange ex, PrometheusMeterRegistry registry, BooleanSupplier ready,
            Map<String, Supplier<String>> json) throws IOException {
        URI uri = ex.getRequestURI();
        String method = ex.getRequestMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            respond(ex, 405, "application/json", "{\"error\":\"only GET is supported\"}");
        } else if (uri.getRawPath() == null || uri.getRawPath().length() > MAX_PATH) {
            respond(ex, 400, "application/json", "{\"error\":\"path longer than " + MAX_PATH + " characters\"}");
        } else if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            respond(ex, 400, "application/json", "{\"error\":\"" + uri.getRawPath() + " takes no parameters\"}");
        } else {
            switch (uri.getRawPath()) {
                case "/metrics" -> respond(ex, 200, "text/plain; version=0.0.4", registry.scrape());
                case "/health" -> respond(ex, 200, "application/json", "{\"status\":\"UP\"}");
                case "/ready" -> {
                    boolean ok = ready.getAsBoolean();
                    respond(ex, ok ? 200 : 503, "application/json", ok ? "{\"ready\":true}" : "{\"ready\":false}");
                }
                default -> {
                    Supplier<String> document = json.get(uri.getRawPath());
                    if (document != null) {
                        respond(ex, 200, "application/json", document.get());
                    } else {
                        List<String> paths = new ArrayList<>(List.of("/metrics", "/health", "/ready"));
                        paths.addAll(new TreeSet<>(json.keySet()));
                        respond(ex, 404, "application/json", "{\"error\":\"no such path: try "
                                + String.join(", ", paths.subList(0, paths.size() - 1)) + " or "
                                + paths.get(paths.size() - 1) + "\"}");
                    }
                }
            }
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    private static void respond(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, head ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            if (!head) out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
