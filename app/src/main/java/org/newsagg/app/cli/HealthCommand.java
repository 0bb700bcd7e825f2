package org.newsagg.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.newsagg.model.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A container's healthcheck without a shell or curl: the image has a JRE and this jar, and nothing else can be
 * counted on (the temurin image's /bin/sh is dash, which has no /dev/tcp).
 */
@Command(name = "health", mixinStandardHelpOptions = true,
        description = "Asks a stage's /health or /ready and exits 0 when it answers 2xx, 1 when it does not or "
                + "cannot be reached: for container healthchecks and scripts.")
public final class HealthCommand implements Callable<Integer> {

    /** Bodies are one line of JSON; a longer answer is not ours and is cut short. */
    private static final int MAX_SHOWN = 200;

    @Parameters(index = "0", paramLabel = "URL",
            description = "What to ask, e.g. http://127.0.0.1:8080/ready")
    String url;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5s",
            description = "How long to wait for connection and answer (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Duration wait = Settings.parseDuration("--timeout", timeout);
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            err.println("not a URL: " + url);
            return 2;
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            err.println("not an http:// or https:// URL with a host: " + url);
            return 2;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(wait).build();
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(wait).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = r.body().strip();
            String line = url + ": " + r.statusCode() + (body.isEmpty() ? "" : " "
                    + (body.length() > MAX_SHOWN ? body.substring(0, MAX_SHOWN) + "..." : body));
            boolean ok = r.statusCode() / 100 == 2;
            (ok ? out : err).println(line);
            return ok ? 0 : 1;
        } catch (HttpTimeoutException e) {
            err.println(url + ": no answer within " + timeout);
        } catch (ConnectException e) {
            err.println(url + ": connection refused (is the stage running, and serving on this port?)");
        } catch (IOException e) {
            err.println(url + ": " + (e.getMessage() == null ? "the connection failed" : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println(url + ": interrupted");
        }
        return 1;
    }
}
