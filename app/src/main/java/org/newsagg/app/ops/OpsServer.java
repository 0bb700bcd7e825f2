package org.newsagg.app.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/**
 * What operators scrape and probe on every stage process: {@code /metrics} in Prometheus format, {@code /health}
 * (the process is up) and {@code /ready} (the stage is doing its work: Kafka Streams RUNNING, the poller started).
 */
public final class OpsServer implements AutoCloseable {

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

    /** Serves on {@code port} (0: any free port) on all interfaces, as containers need. */
    public static OpsServer start(PrometheusMeterRegistry registry, int port, BooleanSupplier ready) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
            server.createContext("/metrics", ex -> respond(ex, 200, "text/plain; version=0.0.4", registry.scrape()));
            server.createContext("/health", ex -> respond(ex, 200, "application/json", "{\"status\":\"UP\"}"));
            server.createContext("/ready", ex -> {
                boolean ok = ready.getAsBoolean();
                respond(ex, ok ? 200 : 503, "application/json", ok ? "{\"ready\":true}" : "{\"ready\":false}");
            });
            server.start();
            return new OpsServer(registry, server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve metrics on port " + port + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    private static void respond(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
