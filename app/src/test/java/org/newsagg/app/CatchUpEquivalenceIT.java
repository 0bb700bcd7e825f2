package org.newsagg.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.cluster.PipelineDrain;
import org.newsagg.cluster.TopicAdmin;
import org.newsagg.cluster.TopicLayout;
import org.newsagg.ingest.publish.ArticlePublisher;
import org.newsagg.model.DeadLetters;
import org.newsagg.model.Json;
import org.newsagg.model.Settings;
import org.newsagg.model.Topics;
import org.newsagg.runtime.CatchUpProfile;
import org.newsagg.runtime.StageSettings;
import org.newsagg.sink.SinkConfig;
import org.newsagg.sink.SinkStage;
import org.newsagg.streams.StreamsStage;
import org.newsagg.streams.StreamsStageConfig;
import org.newsagg.testkit.EmbeddedBroker;
import org.newsagg.testkit.IsolatedRun;

/**
 * Issue 21, item 3, on a real broker: the catch-up profile changes when records become visible, never which ones.
 * {@link ExactAggregatesIT}'s archive (five weeks of news with syndicated copies, re-polls, records read out of
 * publication order and stories read three hours late, so that the streams stage's lateness rule dead-letters some)
 * is replayed twice the way an operator replays a backlog into an idle pipeline: as fast as possible into the
 * streams stage, then the sink catching up alone. Once with the default settings (50 ms commits), once with
 * {@code newsagg.streams.catch-up} and {@code newsagg.sink.catch-up} (2 s commits, larger caches and batches). Both
 * runs leave exactly the same tagged articles, duplicates, dead letters and final aggregates (every window of every
 * family, every field).
 */
class CatchUpEquivalenceIT {

    @RegisterExtension
    static final EmbeddedBroker kafka = new EmbeddedBroker();

    @TempDir
    static Path work;

    static ReplayArchive archive;

    @BeforeAll
    static void generate() {
        // ExactAggregatesIT's archive, so that no new fixture adds to the build's time.
        archive = ReplayArchive.generate(Instant.parse("2025-01-06T00:00:00Z"), 35, 5, 18L);
    }

    @Test
    void catchingUpWithTheProfileLeavesExactlyTheOutputsOfTheDefaultSettings() {
        PipelineOutputs defaults = replay("defaults", Map.of());
        PipelineOutputs catchUp = replay("catchup", Map.of(
                StageSettings.catchUpKey(StreamsStageConfig.STAGE), "true",
                StageSettings.catchUpKey(SinkConfig.STAGE), "true"));

        // Not a vacuous comparison: every raw record is accounted for, and the archive's late stories are
        // dead-lettered by the lateness rule (their count is printed with the run).
        assertEquals(archive.records().size(),
                defaults.tagged().size() + defaults.duplicates().size() + defaults.deadLetters().size());
        assertEquals(Set.of("late"), defaults.deadLetters().stream()
                .map(r -> DeadLetters.header(r.headers(), DeadLetters.REASON)).collect(Collectors.toSet()));

        assertEquals(json(defaults.tagged()), json(catchUp.tagged()), "tagged articles");
        assertEquals(json(defaults.duplicates()), json(catchUp.duplicates()), "duplicates");
        assertEquals(deadLetters(defaults.deadLetters()), deadLetters(catchUp.deadLetters()), "dead letters");
        assertEquals(ExactAggregatesIT.render(defaults.aggregates()), ExactAggregatesIT.render(catchUp.aggregates()),
                "final aggregates");
    }

    /** Replays the archive into the streams stage, waits for it to drain, then lets a sink catch up alone. */
    static PipelineOutputs replay(String name, Map<String, String> profile) {
        Settings s = IsolatedRun.settings(kafka.broker(), name).with(Map.of(
                "newsagg.sink.http-port", "-1",
                "newsagg.streams.state-dir", work.resolve(name + "-streams").toString(),
                "newsagg.sink.state-dir", work.resolve(name + "-sink").toString())).with(profile);
        StreamsStageConfig streamsConfig = StreamsStageConfig.from(s);
        SinkConfig sinkConfig = SinkConfig.from(s);
        Duration commits = profile.isEmpty() ? Duration.ofMillis(50) : CatchUpProfile.COMMIT_INTERVAL;
        assertEquals(List.of(commits, commits),
                List.of(streamsConfig.stage().commitInterval(), sinkConfig.stage().commitInterval()),
                "the run uses the settings it is named for");
        Topics topics = Topics.from(s);
        Map<String, Object> client = new HashMap<>(Map.of("bootstrap.servers", kafka.bootstrapServers()));
        try (Admin admin = Admin.create(client)) {
            TopicAdmin topicAdmin = new TopicAdmin(admin);
            TopicLayout layout = TopicLayout.from(s);
            topicAdmin.create(layout);
            assertEquals(List.of(), topicAdmin.check(layout));
            PipelineDrain drain = new PipelineDrain(admin);
            long started = System.nanoTime();
            try (StreamsStage streams = new StreamsStage(streamsConfig, new SimpleMeterRegistry()).start()) {
                try (ArticlePublisher publisher = new ArticlePublisher(client, topics.raw())) {
                    archive.records().forEach(publisher::publish);
                    publisher.flush();
                }
                drain.await(Map.of(streamsConfig.stage().applicationId(), streams.sourceTopics()),
                        Duration.ofMinutes(2));
                try (SinkStage sink = new SinkStage(sinkConfig, new SimpleMeterRegistry(), null).start()) {
                    drain.await(Map.of(sinkConfig.stage().applicationId(), sink.sourceTopics()), Duration.ofMinutes(2));
                    PipelineOutputs out = PipelineOutputs.read(client, topics);
                    System.out.printf(Locale.ROOT, "%s: %d tagged, %d duplicates, %d dead letters, %d windows, "
                                    + "%.1f s from replay to drained sink%n", name, out.tagged().size(),
                            out.duplicates().size(), out.deadLetters().size(), out.aggregates().size(),
                            (System.nanoTime() - started) / 1e9);
                    return out;
                }
            }
        }
    }

    /** Each record as JSON, in the order read: a partition's records in the order the stage wrote them. */
    private static String json(List<?> records) {
        return records.stream().map(r -> {
            try {
                return Json.MAPPER.writeValueAsString(r);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.joining("\n"));
    }

    /** Stage, reason, key and value of each dead letter, in the order read. */
    private static String deadLetters(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> DeadLetters.header(r.headers(), DeadLetters.STAGE) + "|"
                        + DeadLetters.header(r.headers(), DeadLetters.REASON) + "|" + r.key() + "|"
                        + new String(r.value(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("\n"));
    }
}
