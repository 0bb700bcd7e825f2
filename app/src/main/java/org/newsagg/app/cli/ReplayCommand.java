package org.newsagg.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsagg.cluster.KafkaConnection;
import org.newsagg.cluster.KafkaOptions;
import org.newsagg.ingest.IngestConfig;
import org.newsagg.ingest.publish.ArticlePublisher;
import org.newsagg.ingest.replay.ArchiveContents;
import org.newsagg.ingest.replay.ArchiveReader;
import org.newsagg.ingest.replay.ReplaySummary;
import org.newsagg.ingest.replay.Replayer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Replays archived feed files, directories or article JSON-lines to the raw topic in "
                + "publication-time order with their original timestamps. Replaying twice changes no result: ids "
                + "are stable and the streams stage drops exact copies.")
public final class ReplayCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Feed files, directories of them, or *.jsonl article files.")
    List<Path> paths;

    @ArgGroup(exclusive = true)
    Pace pace = new Pace();

    static final class Pace {
        @Option(names = "--speed", paramLabel = "X", description = "Real time scaled by X (2 = twice as fast).")
        double speed;

        @Option(names = "--as-fast-as-possible", description = "No pauses (the default).")
        boolean fast;
    }

    @Mixin
    KafkaOptions kafka;

    @Override
    public Integer call() {
        ArchiveContents archive = ArchiveReader.read(paths);
        archive.failures().forEach(f -> System.err.println("error: " + f.getMessage()));
        archive.skipped().forEach(note -> System.err.println("note: " + note));
        try (KafkaConnection conn = kafka.connect()) {
            IngestConfig config = IngestConfig.from(conn.settings());
            boolean create = conn.settings().getBoolean("newsagg.topics.create", false);
            String problem = PublishPreflight.problem(conn, config.topics().raw(), create);
            if (problem != null) {
                System.err.println("newsagg replay: " + problem);
                return 1;
            }
            if (create && !TopicPreflight.ready(conn)) return 1;
            long published;
            ReplaySummary summary;
            try (ArticlePublisher publisher = new ArticlePublisher(conn.clientProperties(), config.topics().raw(),
                    config.batching())) {
                summary = new Replayer(publisher).replay(archive.articles(), pace.speed,
                        System.console() != null ? System.err : null);
                published = publisher.acknowledged();
            }
            // Counted from the broker's acknowledgements: an article is published only once it is stored.
            long failed = archive.articles().size() - published;
            System.err.printf("replayed %d articles from %d feeds in %.1f s, %.0f articles/s: %d published, %d failed,"
                    + " %d files or lines unreadable%n", summary.articles(), archive.feeds(),
                    summary.elapsed().toMillis() / 1000.0, summary.articlesPerSecond(), published, failed,
                    archive.failures().size());
            return failed == 0 && archive.failures().isEmpty() ? 0 : 1;
        }
    }
}
