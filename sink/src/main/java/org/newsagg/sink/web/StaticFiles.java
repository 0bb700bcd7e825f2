package org.newsagg.sink.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** The live page: files under {@code web/} on the classpath, served as they are (no build step, nothing remote). */
public final class StaticFiles implements HttpHandler {

    private static final String ROOT = "/web/";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "svg", "image/svg+xml");

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            HttpReplies.error(exchange, 405, "only GET is supported");
            return;
        }
        String path;
        try {
            // the page takes no parameters, but a bookmark may carry some: only their size is checked
            path = ApiHandler.checkedPath(exchange);
        } catch (BadRequestException e) {
            HttpReplies.error(exchange, 400, e.getMessage());
            return;
        }
        String name = path.equals("/") ? "index.html" : path.substring(1);
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        // Only flat names of known types: nothing outside web/ can be reached.
        if (type == null || name.contains("/") || name.contains("..") || name.contains("\\")) {
            HttpReplies.error(exchange, 404, "no page " + path);
            return;
        }
        try (InputStream in = StaticFiles.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                HttpReplies.error(exchange, 404, "no page " + path);
                return;
            }
            HttpReplies.send(exchange, 200, type, in.readAllBytes());
        }
    }
}
