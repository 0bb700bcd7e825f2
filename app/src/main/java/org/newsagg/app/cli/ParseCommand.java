package org.newsagg.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsagg.ingest.IngestConfig;
import org.newsagg.ingest.feeds.FeedParseException;
import org.newsagg.ingest.feeds.FeedSource;
import org.newsagg.ingest.poll.FeedHealth;
import org.newsagg.ingest.poll.FeedPoller;
import org.newsagg.ingest.publish.InMemoryArticleSink;
import org.newsagg.ingest.replay.ArchiveContents;
import org.newsagg.ingest.replay.ArchiveReader;
import org.newsagg.model.Article;
import org.newsagg.model.Json;
import org.newsagg.model.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parses feeds without Kafka and prints one normalized article JSON object per line on stdout; "
                + "errors go to stderr, one line each naming the input, the position and the cause. Exits non-zero "
                + "when any input failed.")
public final class ParseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH|URL", arity = "1..*",
            description = "Feed files, directories of them, *.jsonl article files, plain-text articles (first line "
                    + "the title, the rest the body), or http(s) URLs.")
    List<String> inputs;

    @Override
    public Integer call() {
        int failed = 0;
        for (String input : inputs) {
            if (input.startsWith("http://") || input.startsWith("https://")) {
                failed += fetch(input) ? 0 : 1;
            } else {
                ArchiveContents contents = ArchiveReader.readWithPlainText(List.of(Path.of(input)));
                contents.articles().forEach(ParseCommand::print);
                contents.skipped().forEach(note -> System.err.println("note: " + note));
                for (FeedParseException e : contents.failures()) {
                    System.err.println("error: " + e.getMessage());
                    failed++;
                }
            }
        }
        System.out.flush();
        return failed == 0 ? 0 : 1;
    }

    private static boolean fetch(String url) {
        IngestConfig config = IngestConfig.from(Settings.load(null, Map.of()));
        InMemoryArticleSink sink = new InMemoryArticleSink();
        try (FeedPoller poller = new FeedPoller(List.of(new FeedSource(url, null, null, null, List.of())), sink, config)) {
            FeedHealth health = poller.pollOnce(url);
            sink.articles().forEach(ParseCommand::print);
            if (health.lastError() != null) {
                System.err.println("error: " + url + ": " + health.lastError());
                return false;
            }
            return true;
        }
    }

    private static void print(Article a) {
        System.out.println(Json.write(a));
    }
}
