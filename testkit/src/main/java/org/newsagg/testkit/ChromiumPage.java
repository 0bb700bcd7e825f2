package org.newsagg.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsagg.model.Json;

/**
 * A page in the system's headless Chromium, driven over the DevTools protocol: what a person sees and clicks, for
 * tests. Waiting happens in the page, on its own DOM changes ({@link #waitFor}), with a deadline: no sleeps.
 * Needs only the {@code chromium} package (no chromedriver) and the JDK's WebSocket client.
 */
public final class ChromiumPage implements AutoCloseable {

    public static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Duration START = Duration.ofSeconds(60);

    private final Process chromium;
    private final Path log;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private ChromiumPage(Process chromium, Path log, WebSocket socket) {
        this.chromium = chromium;
        this.log = log;
        this.socket = socket;
    }

    public static boolean available() {
        return Files.isExecutable(BINARY);
    }

    /** Starts Chromium on {@code url}, with its profile in {@code profile} (a fresh directory). */
    public static ChromiumPage open(String url, Path profile) {
        Path log = profile.resolve("chromium.log");
        Process p = null;
        try {
            Files.createDirectories(profile);
            p = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + profile.resolve("user"), "--remote-debugging-port=0",
                    "--remote-allow-origins=*", "--window-size=1280,2000", "about:blank")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            HttpClient http = HttpClient.newHttpClient();
            String debugger = pageDebuggerUrl(p, profile.resolve("user").resolve("DevToolsActivePort"), http, log);
            ChromiumPage[] self = new ChromiumPage[1];
            Listener listener = new Listener(message -> self[0].answer(message));
            WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create(debugger), listener)
                    .get(START.toSeconds(), TimeUnit.SECONDS);
            self[0] = new ChromiumPage(p, log, ws);
            // Navigated from here, not from the command line: a command-line page can be loaded a second time
            // after the DevTools connection opens, and a test would then read a page that is being replaced.
            self[0].navigate(url);
            return self[0];
        } catch (IOException e) {
            if (p != null) p.destroyForcibly();
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            if (p != null) p.destroyForcibly();
            throw new IllegalStateException("cannot drive chromium: " + e + "\n" + readQuietly(log), e);
        }
    }

    /** The page target's DevTools address, once Chromium has written its port and opened the page. */
    private static String pageDebuggerUrl(Process p, Path activePort, HttpClient http, Path log)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (!p.isAlive()) throw new IllegalStateException("chromium exited: " + readQuietly(log));
            if (Files.isRegularFile(activePort)) {
                List<String> lines = Files.readAllLines(activePort);
                if (!lines.isEmpty() && !lines.get(0).isBlank()) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + lines.get(0).trim() + "/json/list")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    for (JsonNode target : Json.MAPPER.readTree(r.body())) {
                        if ("page".equals(target.path("type").asText())) {
                            return target.get("webSocketDebuggerUrl").asText();
                        }
                    }
                }
            }
            // Chromium writes the file once it listens: wait for the process a moment, not a fixed sleep.
            p.waitFor(50, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("chromium opened no page within " + START.toSeconds() + " s: "
                + readQuietly(log));
    }

    /** Loads {@code url} and returns once the page's document is that of {@code url}. */
    private void navigate(String url) {
        ObjectNode params = Json.MAPPER.createObjectNode();
        params.put("url", url);
        call("Page.navigate", params, START);
        long deadline = System.nanoTime() + START.toNanos();
        String at = "";
        while (System.nanoTime() - deadline < 0) {
            try {
                at = eval("document.readyState !== 'loading' ? location.href : ''", START).asText();
                if (at.equals(url)) return;
            } catch (AssertionError e) {
                // the old document's context went away under the evaluation: ask the new one
            }
        }
        throw new IllegalStateException("chromium did not load " + url + " within " + START.toSeconds() + " s (at '"
                + at + "')");
    }

    /** Evaluates a JavaScript expression in the page (awaiting it if it is a promise) and returns its JSON value. */
    public JsonNode eval(String expression, Duration timeout) {
        ObjectNode params = Json.MAPPER.createObjectNode();
        params.put("expression", expression);
        params.put("returnByValue", true);
        params.put("awaitPromise", true);
        JsonNode result = call("Runtime.evaluate", params, timeout);
        if (result.has("exceptionDetails")) {
            JsonNode ex = result.get("exceptionDetails");
            throw new AssertionError(ex.path("exception").path("description").asText(ex.path("text").asText()));
        }
        return result.path("result").path("value");
    }

    /** One DevTools command and its result; a protocol error fails. */
    private JsonNode call(String method, ObjectNode params, Duration timeout) {
        int id = ids.incrementAndGet();
        ObjectNode call = Json.MAPPER.createObjectNode();
        call.put("id", id);
        call.put("method", method);
        call.set("params", params);
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(call.toString(), true);
        JsonNode reply;
        try {
            reply = answer.get(timeout.toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("no answer from chromium to " + method + " " + params + ": " + e, e);
        } finally {
            pending.remove(id);
        }
        if (reply.has("error")) {
            throw new AssertionError("chromium refused " + method + ": " + reply.get("error"));
        }
        return reply.path("result");
    }

    /**
     * Waits until a JavaScript expression is truthy in the page, checked at once and on every change of the DOM
     * (a MutationObserver), for at most {@code timeout}; returns its value, or fails with the expression.
     */
    public JsonNode waitFor(String condition, Duration timeout) {
        String js = "new Promise((resolve, reject) => {"
                + " let timer;"
                + " const obs = new MutationObserver(() => test());"
                + " const test = () => { let v; try { v = (" + condition + "); } catch (e) { v = null; }"
                + "   if (v) { obs.disconnect(); clearTimeout(timer); resolve(v); } };"
                + " obs.observe(document, {subtree: true, childList: true, characterData: true, attributes: true});"
                + " timer = setTimeout(() => { obs.disconnect(); reject(new Error('not true within "
                + timeout.toMillis() + " ms: ' + " + Json.write(condition) + ")); }, " + timeout.toMillis() + ");"
                + " test(); })";
        return eval(js, timeout);
    }

    private void answer(String message) {
        try {
            JsonNode node = Json.MAPPER.readTree(message);
            if (!node.has("id")) return; // an event: none is subscribed to
            CompletableFuture<JsonNode> f = pending.get(node.get("id").asInt());
            if (f != null) f.complete(node);
        } catch (IOException e) {
            pending.values().forEach(f -> f.completeExceptionally(e));
        }
    }

    @Override
    public void close() {
        socket.abort();
        chromium.destroy();
        try {
            if (!chromium.waitFor(10, TimeUnit.SECONDS)) chromium.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String readQuietly(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Collects a message's fragments and hands over whole messages. */
    private static final class Listener implements WebSocket.Listener {
        private final java.util.function.Consumer<String> onMessage;
        private final StringBuilder partial = new StringBuilder();

        Listener(java.util.function.Consumer<String> onMessage) {
            this.onMessage = onMessage;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String whole = partial.toString();
                partial.setLength(0);
                onMessage.accept(whole);
            }
            webSocket.request(1);
            return null;
        }
    }
}
