package org.newsagg.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsagg.ingest.IngestConfig;
import org.newsagg.ingest.feeds.FeedSource;
import org.newsagg.ingest.poll.FeedList;
import org.newsagg.ingest.poll.FeedPoller;
import org.newsagg.ingest.poll.FeedRecorder;
import org.newsagg.ingest.publish.ArticleSink;
import org.newsagg.model.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "record", mixinStandardHelpOptions = true,
        description = "Polls feeds like ingest but only saves every fetched body (with its fetch time and URL) to a "
                + "directory, without Kafka, so that a day of live feeds can be replayed with `newsagg replay DIR`.")
public final class RecordCommand implements Callable<Integer> {

    @Option(names = "--feeds", paramLabel = "FILE", required = true, description = "YAML feed list.")
    Path feeds;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where to save the fetched feeds.")
    Path out;

    @Override
    public Integer call() {
        IngestConfig config = IngestConfig.from(Settings.load(null, Map.of()));
        List<FeedSource> sources = FeedList.readYaml(feeds, config.minInterval());
        // Articles are not published anywhere: the saved bodies are the record.
        ArticleSink discard = new ArticleSink() {
            @Override
            public void publish(org.newsagg.model.Article article) {}

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        FeedPoller poller = new FeedPoller(sources, discard, config, new FeedRecorder(out), Clock.systemUTC());
        poller.start();
        System.err.println("recording " + sources.size() + " feeds to " + out + "; Ctrl-C to stop");
        StageLifecycle.runUntilStopped(poller);
        return 0;
    }
}
