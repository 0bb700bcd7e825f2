package org.newsagg.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsagg.app.ops.OpsServer;
import org.newsagg.cluster.KafkaConnection;
import org.newsagg.cluster.KafkaOptions;
import org.newsagg.ingest.IngestConfig;
import org.newsagg.ingest.feeds.FeedSource;
import org.newsagg.ingest.poll.FeedList;
import org.newsagg.ingest.poll.FeedPoller;
import org.newsagg.ingest.poll.FeedRecorder;
import org.newsagg.ingest.publish.ArticlePublisher;
import org.newsagg.model.Settings;
import org.newsagg.runtime.ListenAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Polls feeds politely (conditional GET, backoff, Retry-After, jittered intervals) and publishes "
                + "new articles to the raw topic. A failing feed never stops the others.")
public final class IngestCommand implements Callable<Integer> {

    @Option(names = "--feeds", paramLabel = "FILE", description = "YAML feed list (feeds: [{url, name, language, interval, tags}]).")
    Path feeds;

    @Option(names = "--opml", paramLabel = "FILE", description = "OPML export of a feed reader.")
    Path opml;

    @Option(names = "--record", paramLabel = "DIR", description = "Also save every fetched body, for replay later.")
    Path recordDir;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "8081",
            description = "Port of /metrics, /health and /ready (default: ${DEFAULT-VALUE}; -1 disables).")
    int httpPort;

    @Mixin
    KafkaOptions kafka;

    /** The setting of the address ingest's /metrics, /health and /ready listen on (default 127.0.0.1). */
    public static final String BIND_ADDRESS = "newsagg.ingest.bind-address";

    /** Where ingest's /metrics, /health and /ready listen: {@value #BIND_ADDRESS} and {@code --http-port}. */
    public static ListenAddress opsAddress(Settings settings, int httpPort) {
        return ListenAddress.of(settings, BIND_ADDRESS, httpPort, "--http-port");
    }

    @Override
    public Integer call() {
        List<FeedSource> sources = new ArrayList<>();
        if (feeds != null) sources.addAll(FeedList.readYaml(feeds));
        if (opml != null) sources.addAll(FeedList.readOpml(opml));
        if (sources.isEmpty()) {
            System.err.println("no feeds: give --feeds FILE or --opml FILE");
            return 2;
        }
        KafkaConnection conn = kafka.connect(3);
        boolean create = conn.embedded() != null || conn.settings().getBoolean("newsagg.topics.create", false);
        String problem = PublishPreflight.problem(conn, IngestConfig.from(conn.settings()).topics().raw(), create);
        if (problem != null) {
            System.err.println("newsagg ingest: " + problem);
            conn.close();
            return 1;
        }
        if (!TopicPreflight.ready(conn)) {
            conn.close();
            return 1;
        }
        IngestConfig config = IngestConfig.from(conn.settings());
        ArticlePublisher publisher = new ArticlePublisher(conn.clientProperties(), config.topics().raw(),
                config.batching());
        FeedPoller poller = new FeedPoller(sources, publisher, config,
                recordDir == null ? null : new FeedRecorder(recordDir), java.time.Clock.systemUTC());
        var registry = OpsServer.newRegistry("ingest");
        poller.bindTo(registry);
        poller.start();
        OpsServer ops = StageLifecycle.serveOps(registry, opsAddress(conn.settings(), httpPort), () -> true,
                conn, publisher, poller);
        System.err.println("polling " + sources.size() + " feeds" + (ops == null ? "" : ", metrics on :" + ops.port())
                + "; Ctrl-C to stop");
        StageLifecycle.runUntilStopped(conn, publisher, poller, ops);
        return 0;
    }
}
