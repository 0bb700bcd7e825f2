package org.newsagg.ingest.poll;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/** A local HTTP server with one path per way a feed server can behave, well or badly. */
final class FeedServer implements AutoCloseable {

    static final String ETAG = "\"v1\"";
    /** How often /trickle sends its next byte: never a whole read timeout apart, so only a deadline stops it. */
    static final java.time.Duration TRICKLE = java.time.Duration.ofMillis(50);

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);
    final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    final List<String> userAgents = new CopyOnWriteArrayList<>();
    final List<String> conditionalRequests = new CopyOnWriteArrayList<>();
    /** Every request's path, with when it began and ended (System.nanoTime), in the order they ended. */
    final List<Request> requests = new CopyOnWriteArrayList<>();
    /** Requests being answered now. */
    final AtomicInteger open = new AtomicInteger();
    /** The most requests answered at once. */
    final AtomicInteger mostOpen = new AtomicInteger();

    record Request(String path, long startNanos, long endNanos) {}

    FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int hits(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    static byte[] fixture(String name) {
        return resource("/feeds/" + name);
    }

    static byte[] resource(String path) {
        try (InputStream in = FeedServer.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        long start = System.nanoTime();
        mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
        try {
            answer(exchange, path);
        } finally {
            open.decrementAndGet();
            requests.add(new Request(path, start, System.nanoTime()));
        }
    }

    private void answer(HttpExchange exchange, String path) throws IOException {
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
        try (exchange) {
            if (path.equals("/etag")) {
                String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
                if (ifNoneMatch != null) conditionalRequests.add(ifNoneMatch);
                if (ETAG.equals(ifNoneMatch)) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                exchange.getResponseHeaders().add("ETag", ETAG);
                send(exchange, 200, fixture("awkward/rss20.xml"));
            } else if (path.equals("/plain")) {
                send(exchange, 200, fixture("awkward/atom10.xml"));
            } else if (path.equals("/gzip")) {
                ByteArrayOutputStream zipped = new ByteArrayOutputStream();
                try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
                    gz.write(fixture("awkward/relative-links.xml"));
                }
                exchange.getResponseHeaders().add("Content-Encoding", "gzip");
                send(exchange, 200, zipped.toByteArray());
            } else if (path.equals("/throttled")) {
                exchange.getResponseHeaders().add("Retry-After", "120");
                send(exchange, 429, new byte[0]);
            } else if (path.equals("/unavailable")) {
                send(exchange, 503, new byte[0]);
            } else if (path.equals("/error")) {
                send(exchange, 500, "oops".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/slow")) {
                exchange.sendResponseHeaders(200, 0);
                exchange.getResponseBody().write("<rss version=\"2.0\">".getBytes(StandardCharsets.UTF_8));
                exchange.getResponseBody().flush();
                awaitRelease();
            } else if (path.equals("/trickle")) {
                // a valid start, then one byte per interval, for as long as the client listens
                exchange.sendResponseHeaders(200, 0);
                OutputStream out = exchange.getResponseBody();
                out.write("<rss version=\"2.0\"><channel><title>".getBytes(StandardCharsets.UTF_8));
                out.flush();
                try {
                    while (!release.await(TRICKLE.toMillis(), TimeUnit.MILLISECONDS)) {
                        out.write('x');
                        out.flush();
                    }
                } catch (IOException | InterruptedException e) {
                    // the client hung up at its deadline, as it should
                }
            } else if (path.equals("/truncated")) {
                byte[] body = fixture("awkward/rss20.xml");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body, 0, body.length / 2);
                exchange.getResponseBody().flush();
                // Closing the exchange with bytes missing cuts the connection.
            } else if (path.startsWith("/hop/")) {
                int n = Integer.parseInt(path.substring(5));
                exchange.getResponseHeaders().add("Location", n == 0 ? "/plain" : "/hop/" + (n - 1));
                send(exchange, 302, new byte[0]);
            } else if (path.equals("/huge")) {
                exchange.sendResponseHeaders(200, 0);
                OutputStream out = exchange.getResponseBody();
                byte[] chunk = new byte[1024 * 1024];
                java.util.Arrays.fill(chunk, (byte) ' ');
                try {
                    for (int i = 0; i < 100; i++) out.write(chunk);
                } catch (IOException e) {
                    // the client hung up at its limit, as it should
                }
            } else if (path.equals("/page")) {
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                send(exchange, 200, resource("/pages/story.html"));
            } else if (path.equals("/linked-feed")) {
                send(exchange, 200, ("<rss version=\"2.0\"><channel><title>Linked</title><item><title>Harbour reopens</title>"
                        + "<link>/page</link><description>Short teaser.</description>"
                        + "<pubDate>Tue, 03 Mar 2026 08:00:00 GMT</pubDate></item></channel></rss>").getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/not-a-feed")) {
                send(exchange, 200, "hello, world".getBytes(StandardCharsets.UTF_8));
            } else {
                send(exchange, 404, new byte[0]);
            }
        }
    }

    /** Lets every held /slow response finish its (incomplete) body. */
    void releaseSlowResponses() {
        release.countDown();
    }

    private void awaitRelease() {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
