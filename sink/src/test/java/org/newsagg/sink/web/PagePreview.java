package org.newsagg.sink.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.newsagg.sink.query.ArticleFixtures;
import org.newsagg.sink.query.LocalReadModel;
import org.newsagg.sink.query.SinkDriver;

/**
 * Serves the live page over the test fixtures, for looking at it by eye or taking a screenshot:
 * {@code java -cp <test classpath> org.newsagg.sink.web.PagePreview [port] [seconds]}.
 */
public final class PagePreview {

    private PagePreview() {}

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 600;
        Path state = Files.createTempDirectory("newsagg-preview");
        try (SinkDriver sink = new SinkDriver(state, Map.of("newsagg.sink.trending.min-articles", "1"))) {
            sink.pipe(ArticleFixtures.read(ApiHandlerTest.class, "morning.txt"));
            LocalReadModel model = sink.readModel();
            try (SinkWebServer server = SinkWebServer.bind(port).serve(model, model, sink.evidence(), sink.evidence(),
                    sink.config().windows(),
                    sink.config().trending().dimensions(), () -> "RUNNING")) {
                System.out.println("live page on http://127.0.0.1:" + server.port() + "/ for " + seconds + "s");
                Thread.sleep(seconds * 1000);
            }
        }
    }
}
