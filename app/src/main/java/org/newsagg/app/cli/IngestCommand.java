package org.newsagg.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.newsagg.app.ops.OpsServer;
import org.newsagg.cluster.KafkaConnection;
import org.newsagg.cluster.KafkaOptions;
import org.newsagg.ingest.IngestConfig;
import org.newsagg.ingest.feeds.FeedSource;
import org.newsagg.ingest.poll.FeedHealth;
import org.newsagg.ingest.poll.FeedList;
import org.newsagg.ingest.poll.FeedPoller;
import org.newsagg.ingest.poll.FeedRecorder;
import org.newsagg.ingest.poll.FeedStateStore;
import org.newsagg.ingest.publish.ArticlePublisher;
import org.newsagg.model.Json;
import org.newsagg.model.Settings;
import org.newsagg.runtime.ListenAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Polls feeds politely (conditional GET, backoff, Retry-After, jittered intervals of at least "
                + "newsagg.ingest.poll.min-interval, one request at a time per host) and publishes new articles to "
                + "the raw topic. A failing or slow feed never stops or delays the others. Validators and seen ids "
                + "are kept in newsagg.ingest.state-dir, so a restart re-publishes nothing.")
public final class IngestCommand implements Callable<Integer> {

    @Option(names = "--feeds", paramLabel = "FILE", description = "YAML feed list (feeds: [{url, name, language, interval, tags}]).")
    Path feeds;

    @Option(names = "--opml", paramLabel = "FILE", description = "OPML export of a feed reader.")
    Path opml;

    @Option(names = "--record", paramLabel = "DIR", description = "Also save every fetched body, for replay later.")
    Path recordDir;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "8081",
            description = "Port of /metrics, /health, /ready and /feeds (every feed's health as JSON) "
                    + "(default: ${DEFAULT-VALUE}; -1 disables).")
    int httpPort;

    @Mixin
    KafkaOptions kafka;

    /** The setting of the address ingest's /metrics, /health and /ready listen on (default 127.0.0.1). */
    public static final String BIND_ADDRESS = "newsagg.ingest.bind-address";

    /** Where ingest's /metrics, /health and /ready listen: {@value #BIND_ADDRESS} and {@code --http-port}. */
    public static ListenAddress opsAddress(Settings settings, int httpPort) {
        return ListenAddress.of(settings, BIND_ADDRESS, httpPort, "--http-port");
    }

    /** How {@code /feeds} shows each feed: every field, null ones too, so a feed never polled yet says so. */
    private static final ObjectMapper FEEDS_JSON = Json.MAPPER.copy()
            .setSerializationInclusion(JsonInclude.Include.ALWAYS);

    /**
     * Ingest's own documents beside /metrics, /health and /ready: {@code /feeds}, every configured feed's health
     * ({@link FeedHealth}) in configuration order, as {@code {"feeds":[...]}}.
     */
    public static Map<String, Supplier<String>> opsDocuments(FeedPoller poller) {
        return Map.of("/feeds", () -> {
            try {
                return FEEDS_JSON.writeValueAsString(Map.of("feeds", poller.health()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write the feeds' health as JSON", e);
            }
        });
    }

    @Override
    public Integer call() {
        // The feed list and the state directory are checked before anything connects: an interval below the floor,
        // or state that could not be kept, is refused at once.
        IngestConfig settings = IngestConfig.from(kafka.settings());
        Duration minInterval = settings.minInterval();
        new FeedStateStore(settings.stateDir()).checkWritable();
        List<FeedSource> sources = new ArrayList<>();
        if (feeds != null) sources.addAll(FeedList.readYaml(feeds, minInterval));
        if (opml != null) sources.addAll(FeedList.readOpml(opml));
        if (sources.isEmpty()) {
            System.err.println("no feeds: give --feeds FILE or --opml FILE");
            return 2;
        }
        KafkaConnection conn = kafka.connect();
        boolean create = conn.settings().getBoolean("newsagg.topics.create", false);
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
                recordDir == null ? null : new FeedRecorder(recordDir), java.time.Clock.systemUTC(),
                new FeedStateStore(config.stateDir()));
        var registry = OpsServer.newRegistry("ingest");
        poller.bindTo(registry);
        poller.start();
        OpsServer ops = StageLifecycle.serveOps(registry, opsAddress(conn.settings(), httpPort), () -> true,
                opsDocuments(poller), conn, publisher, poller);
        System.err.println("polling " + sources.size() + " feeds" + (ops == null ? "" : ", metrics on :" + ops.port())
                + "; Ctrl-C to stop");
        StageLifecycle.runUntilStopped(conn, publisher, poller, ops);
        return 0;
    }
}
