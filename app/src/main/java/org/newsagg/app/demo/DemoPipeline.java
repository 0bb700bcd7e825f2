package org.newsagg.app.demo;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.newsagg.cluster.PipelineDrain;
import org.newsagg.cluster.TopicAdmin;
import org.newsagg.cluster.TopicLayout;
import org.newsagg.cluster.TopicSnapshot;
import org.newsagg.ingest.IngestConfig;
import org.newsagg.ingest.publish.ArticlePublisher;
import org.newsagg.ingest.replay.ArchiveContents;
import org.newsagg.ingest.replay.ArchiveReader;
import org.newsagg.ingest.replay.ReplaySummary;
import org.newsagg.ingest.replay.Replayer;
import org.newsagg.model.Aggregate;
import org.newsagg.model.Settings;
import org.newsagg.model.Topics;
import org.newsagg.sink.SinkConfig;
import org.newsagg.sink.SinkStage;
import org.newsagg.streams.StreamsStage;
import org.newsagg.streams.StreamsStageConfig;

/**
 * The whole pipeline in one process, as {@code newsagg demo} and the integration tests run it: topics, the streams
 * and sink stages, a replay of feed files, and a wait until every stage has caught up.
 */
public final class DemoPipeline implements AutoCloseable {

    private final Settings settings;
    private final Map<String, Object> clientProps;
    private final StreamsStage streams;
    private final SinkStage sink;

    private DemoPipeline(Settings settings, Map<String, Object> clientProps, StreamsStage streams, SinkStage sink) {
        this.settings = settings;
        this.clientProps = clientProps;
        this.streams = streams;
        this.sink = sink;
    }

    /**
     * Creates the topics and starts both stages.
     *
     * @param settings   must name kafka.bootstrap.servers
     * @param stateDir   parent of the stages' state directories
     */
    public static DemoPipeline start(Settings settings, Path stateDir, MeterRegistry registry, String sinkServer) {
        Settings s = settings.with(Map.of(
                "newsagg.streams.state-dir", stateDir.resolve("streams").toString(),
                "newsagg.sink.state-dir", stateDir.resolve("sink").toString()));
        Map<String, Object> props = Map.of("bootstrap.servers", s.get(Settings.BOOTSTRAP_SERVERS, null));
        Map<String, Object> clientProps = new java.util.HashMap<>(s.withPrefix("kafka."));
        clientProps.putAll(props);
        try (Admin admin = Admin.create(clientProps)) {
            TopicAdmin topics = new TopicAdmin(admin);
            TopicLayout layout = TopicLayout.from(s);
            topics.create(layout);
            List<String> problems = topics.check(layout);
            if (!problems.isEmpty()) throw new IllegalStateException(String.join("; ", problems));
        }
        StreamsStage streams = new StreamsStage(StreamsStageConfig.from(s), registry).start();
        SinkStage sink = new SinkStage(SinkConfig.from(s), registry, sinkServer).start();
        return new DemoPipeline(s, clientProps, streams, sink);
    }

    public ReplaySummary replay(List<Path> paths) {
        ArchiveContents archive = ArchiveReader.read(paths);
        archive.failures().forEach(f -> System.err.println("error: " + f.getMessage()));
        archive.skipped().forEach(note -> System.err.println("note: " + note));
        return replayArticles(archive.articles());
    }

    /** Publishes articles to the raw topic as fast as possible, in the order given. */
    public ReplaySummary replayArticles(List<org.newsagg.model.Article> articles) {
        IngestConfig ingest = IngestConfig.from(settings);
        try (ArticlePublisher publisher = new ArticlePublisher(clientProps, ingest.topics().raw(), ingest.batching())) {
            return new Replayer(publisher).replay(articles, 0, null);
        }
    }

    /** Waits until both stages have processed everything written so far. */
    public void awaitDrained(Duration timeout) {
        try (Admin admin = Admin.create(clientProps)) {
            new PipelineDrain(admin).await(Map.of(
                    StreamsStageConfig.from(settings).stage().applicationId(), streams.sourceTopics(),
                    SinkConfig.from(settings).stage().applicationId(), sink.sourceTopics()), timeout);
        }
    }

    /** The aggregates topic as a compacted reader sees it: newest value per key. */
    public Map<String, Aggregate> aggregates() {
        return TopicSnapshot.latestByKey(clientProps, Topics.from(settings).aggregatesTopic(), Duration.ofSeconds(30));
    }

    public Map<String, Object> clientProperties() {
        return clientProps;
    }

    public Settings settings() {
        return settings;
    }

    public SinkStage sink() {
        return sink;
    }

    @Override
    public void close() {
        sink.close();
        streams.close();
    }
}
