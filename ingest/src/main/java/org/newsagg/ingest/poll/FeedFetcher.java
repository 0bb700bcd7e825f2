package org.newsagg.ingest.poll;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLException;
import org.newsagg.ingest.IngestConfig;
import org.newsagg.ingest.feeds.BodyLimit;

/**
 * Fetches one feed politely and defensively: our User-Agent, conditional GET, gzip, only http/https, at most
 * {@code maxRedirects} redirects followed by hand (so each hop's scheme is checked), a connect timeout, a deadline
 * for the whole request including redirects and body ({@code newsagg.ingest.http.deadline}), and the body size
 * limit applied while bytes arrive.
 */
final class FeedFetcher {

    static final String FEED_TYPES =
            "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
    static final String PAGE_TYPES = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

    private final HttpClient client;
    private final IngestConfig config;
    private final Clock clock;
    private final String accept;

    FeedFetcher(IngestConfig config, Clock clock) {
        this(config, clock, FEED_TYPES);
    }

    FeedFetcher(IngestConfig config, Clock clock, String accept) {
        this.config = config;
        this.clock = clock;
        this.accept = accept;
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** {@link #fetchAsync}, waited for on the caller's thread. */
    FetchedBody fetch(String url, String etag, String lastModified) throws FetchException {
        CompletableFuture<FetchedBody> future = fetchAsync(url, etag, lastModified);
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof FetchException f) throw f;
            throw new FetchException("unexpected error: " + e.getCause());
        }
    }

    /**
     * Fetches without holding a thread while the server takes its time, so that slow publishers cannot use up the
     * poller's threads. Completes with the body, or exceptionally with a {@link FetchException} (inside a
     * {@link CompletionException}); never later than {@code newsagg.ingest.http.deadline} after the call, redirects
     * and body included: a server sending a byte every 5 s is cut off there, though no read ever times out.
     */
    CompletableFuture<FetchedBody> fetchAsync(String url, String etag, String lastModified) {
        URI uri;
        try {
            uri = httpUri(url);
        } catch (FetchException e) {
            return CompletableFuture.failedFuture(e);
        }
        long deadline = config.deadline().toMillis();
        AtomicReference<CompletableFuture<?>> exchange = new AtomicReference<>();
        return attempt(uri, 0, etag, lastModified, exchange)
                .orTimeout(deadline, TimeUnit.MILLISECONDS)
                .handle((body, error) -> {
                    if (error == null) return body;
                    Throwable cause = unwrap(error);
                    if (cause instanceof TimeoutException) {
                        CompletableFuture<?> running = exchange.get();
                        if (running != null) running.cancel(true); // closes the connection: the server sees us go
                        throw new CompletionException(new FetchException("timed out after " + deadline + " ms"));
                    }
                    throw new CompletionException(cause);
                });
    }

    private CompletableFuture<FetchedBody> attempt(URI uri, int redirects, String etag, String lastModified,
            AtomicReference<CompletableFuture<?>> exchange) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(config.readTimeout())
                .header("User-Agent", config.userAgent())
                .header("Accept", accept)
                .header("Accept-Encoding", "gzip")
                .GET();
        // Validators belong to the URL they came from; a redirect target gets a plain GET.
        if (redirects == 0 && etag != null) request.header("If-None-Match", etag);
        if (redirects == 0 && lastModified != null) request.header("If-Modified-Since", lastModified);
        CompletableFuture<HttpResponse<byte[]>> sent =
                client.sendAsync(request.build(), info -> new LimitedBodySubscriber(config.maxBodyBytes()));
        exchange.set(sent);
        return sent.handle((response, error) -> {
            if (error != null) throw new CompletionException(failure(unwrap(error), uri));
            try {
                return answer(response, uri, redirects, etag, lastModified);
            } catch (FetchException e) {
                throw new CompletionException(e);
            }
        }).thenCompose(next -> next instanceof URI target
                ? attempt(target, redirects + 1, etag, lastModified, exchange)
                : CompletableFuture.completedFuture((FetchedBody) next));
    }

    /** The fetched body, or the URI a redirect points to. */
    private Object answer(HttpResponse<byte[]> response, URI uri, int redirects, String etag, String lastModified)
            throws FetchException {
        int status = response.statusCode();
        if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
            if (redirects >= config.maxRedirects()) {
                throw new FetchException("too many redirects (more than " + config.maxRedirects() + ")");
            }
            String location = response.headers().firstValue("Location")
                    .orElseThrow(() -> new FetchException("HTTP " + status + " without Location"));
            return httpUri(uri.resolve(location.strip()).toString());
        }
        if (status == 304) {
            return new FetchedBody(null, etag, lastModified, uri.toString(), clock.instant(), null);
        }
        if (status == 429 || status == 503) {
            Duration retryAfter = retryAfter(response.headers().firstValue("Retry-After").orElse(null));
            throw new FetchException("HTTP " + status + (retryAfter == null ? "" : " (retry after " + retryAfter.toSeconds() + "s)"), retryAfter);
        }
        if (status < 200 || status > 299) throw new FetchException("HTTP " + status);
        byte[] body = response.body();
        if (response.headers().firstValue("Content-Encoding").orElse("").toLowerCase(Locale.ROOT).contains("gzip")) {
            body = gunzip(body);
        }
        return new FetchedBody(body,
                response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null),
                uri.toString(), clock.instant(), response.headers().firstValue("Content-Type").orElse(null));
    }

    static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private FetchException failure(Throwable cause, URI uri) {
        Throwable t = cause;
        while (t.getCause() != null && !(t instanceof BodyLimit.BodyTooLargeException) && !(t instanceof EOFException)
                && !(t instanceof HttpTimeoutException)) {
            t = t.getCause();
        }
        if (t instanceof BodyLimit.BodyTooLargeException) return new FetchException(t.getMessage());
        if (t instanceof HttpTimeoutException) return new FetchException("timed out: " + t.getMessage());
        if (t instanceof EOFException) return new FetchException("body truncated: connection closed early");
        // The HTTP client reports these with a bare JDK class and no message; the user needs the host and a hint.
        String host = uri.getHost();
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
            return new FetchException("network error: cannot resolve host " + host + " (check the URL and DNS)");
        }
        if (t instanceof ConnectException || t instanceof ClosedChannelException) {
            return new FetchException("network error: connection to " + host + ":" + port + " refused or closed");
        }
        if (t instanceof SSLException) {
            return new FetchException("network error: TLS with " + host + ":" + port + " failed"
                    + (t.getMessage() == null ? "" : ": " + t.getMessage()));
        }
        return new FetchException("network error: " + (t.getMessage() == null ? "connection to " + host + ":" + port
                + " failed" : t.getMessage()));
    }

    private byte[] gunzip(byte[] body) throws FetchException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return BodyLimit.read(in, config.maxBodyBytes());
        } catch (BodyLimit.BodyTooLargeException e) {
            throw new FetchException(e.getMessage() + " after gunzip");
        } catch (IOException e) {
            throw new FetchException("bad gzip body: " + e.getMessage());
        }
    }

    private Duration retryAfter(String header) {
        if (header == null || header.isBlank()) return null;
        Duration wait;
        try {
            wait = Duration.ofSeconds(Long.parseLong(header.strip()));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                wait = Duration.between(clock.instant(), at);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
        if (wait.isNegative()) return Duration.ZERO;
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }

    static URI httpUri(String url) throws FetchException {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new FetchException("bad URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("only http and https are fetched, not '" + uri.getScheme() + "'");
        }
        return uri;
    }

    /** Collects a body but gives up, and cancels the download, as soon as it passes the limit. */
    private static final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

        private final long limit;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        private Flow.Subscription subscription;

        LimitedBodySubscriber(long limit) {
            this.limit = limit;
        }

        @Override
        public CompletableFuture<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) return;
            for (ByteBuffer item : items) {
                if (buffer.size() + (long) item.remaining() > limit) {
                    subscription.cancel();
                    result.completeExceptionally(new BodyLimit.BodyTooLargeException(limit));
                    return;
                }
                byte[] bytes = new byte[item.remaining()];
                item.get(bytes);
                buffer.write(bytes, 0, bytes.length);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(buffer.toByteArray());
        }
    }
}
