package org.newsagg.app.fault;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/** One scrape of a stage's {@code /metrics}: sample name with labels, as Prometheus prints it, to value. */
record PrometheusScrape(Map<String, Double> samples) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** The scrape, or an empty one while the stage is not serving yet. */
    static PrometheusScrape of(int port) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? parse(r.body()) : new PrometheusScrape(Map.of());
        } catch (IOException e) {
            return new PrometheusScrape(Map.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PrometheusScrape(Map.of());
        }
    }

    static PrometheusScrape parse(String text) {
        Map<String, Double> out = new TreeMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            int space = line.lastIndexOf(' ');
            out.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        }
        return new PrometheusScrape(out);
    }

    /** The value of a sample, or -1 when it is not exposed. */
    double value(String nameWithLabels) {
        return samples.getOrDefault(nameWithLabels, -1.0);
    }
}
