package org.newsagg.sink.query;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.state.HostInfo;
import org.newsagg.model.Aggregate;
import org.newsagg.model.Json;
import org.newsagg.model.Trending;

/** Another sink instance's local state, read through its {@code /api/local/...} endpoints. */
public final class PeerReadModel implements AggregateReadModel {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final TypeReference<List<Aggregate>> AGGREGATES = new TypeReference<>() {};

    private final HostInfo host;
    private final String name;
    private final HttpClient http;
    private final WindowFamilies families;

    public PeerReadModel(HostInfo host, HttpClient http, WindowFamilies families) {
        this.host = host;
        this.name = host.host() + ":" + host.port();
        this.http = http;
        this.families = families;
    }

    @Override
    public List<Aggregate> windows(String dimension, String key, String window, Instant from, Instant to) {
        return read(get("windows?dimension=" + enc(dimension) + "&key=" + enc(key) + "&window=" + enc(window)
                + "&from=" + from + "&to=" + to), AGGREGATES);
    }

    @Override
    public List<Aggregate> top(String dimension, String window, Instant windowStart, int n) {
        return read(get("top?dimension=" + enc(dimension) + "&window=" + enc(window) + "&start=" + windowStart
                + "&n=" + n), AGGREGATES);
    }

    @Override
    public Optional<Instant> newestEvent() {
        JsonNode node = read(get("newest"), new TypeReference<JsonNode>() {});
        return node.hasNonNull("newest") ? Optional.of(Instant.parse(node.get("newest").asText())) : Optional.empty();
    }

    @Override
    public Optional<Instant> latestWindowStart(String window) {
        families.byName(window);
        return newestEvent().map(t -> families.currentStart(window, t));
    }

    @Override
    public Optional<Trending> trending(String dimension) {
        HttpResponse<String> r = send("trending?dimension=" + enc(dimension));
        if (r.statusCode() == 404) return Optional.empty();
        return Optional.of(read(check(r), new TypeReference<Trending>() {}));
    }

    /**
     * Another endpoint of the peer's {@code /api/local/}, read as {@code type}, with the same answers to a peer that
     * is down, slow or wrong as the read model's own (for the evidence, which has a read model of its own).
     */
    public <T> T readLocal(String pathAndQuery, TypeReference<T> type) {
        return read(get(pathAndQuery), type);
    }

    private String get(String pathAndQuery) {
        return check(send(pathAndQuery));
    }

    private HttpResponse<String> send(String pathAndQuery) {
        URI uri = URI.create("http://" + host.host() + ":" + host.port() + "/api/local/" + pathAndQuery);
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new QueryUnavailableException("sink instance " + name + " did not answer within "
                    + TIMEOUT.toSeconds() + " s", e);
        } catch (ConnectException e) {
            // In words, not the exception's class: the likely causes are the instance being down, or its API bound to
            // loopback (the default) while its peers are on other hosts.
            throw new QueryUnavailableException("sink instance " + name + " did not answer: connection refused (is it"
                    + " running, and does its newsagg.sink.bind-address let the other instances reach it?)", e);
        } catch (IOException e) {
            String why = e.getMessage() == null ? "the connection failed" : e.getMessage();
            throw new QueryUnavailableException("sink instance " + name + " did not answer: " + why, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryUnavailableException("interrupted while asking " + name, e);
        }
    }

    private String check(HttpResponse<String> r) {
        if (r.statusCode() != 200) {
            throw new QueryUnavailableException("sink instance " + name + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private <T> T read(String body, TypeReference<T> type) {
        try {
            return Json.MAPPER.readValue(body, type);
        } catch (IOException e) {
            throw new QueryUnavailableException("sink instance " + name + " sent unreadable JSON: " + e.getMessage(), e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
