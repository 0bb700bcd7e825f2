package org.newsagg.app.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.cluster.PipelineDrain;
import org.newsagg.cluster.StageSourceTopics;
import org.newsagg.cluster.TopicAdmin;
import org.newsagg.cluster.TopicLayout;
import org.newsagg.cluster.TopicSnapshot;
import org.newsagg.model.Article;
import org.newsagg.model.Settings;
import org.newsagg.model.Topics;
import org.newsagg.runtime.DeletedInputGuard;
import org.newsagg.streams.StreamsStage;
import org.newsagg.streams.StreamsStageConfig;
import org.newsagg.testkit.EmbeddedBroker;

/**
 * Raw records that retention deletes before the streams stage reads them, on a real broker. Kafka Streams' usual
 * "earliest" reset would skip them without a word; the stage instead starts a new group at the log start, refuses to
 * restart over a loss unless told to skip it, and stops when the loss happens while it runs.
 */
class DeletedInputIT {

    @RegisterExtension
    static final EmbeddedBroker kafka = new EmbeddedBroker();

    @TempDir
    Path stateDir;

    /** Ten stories: originals, syndicated copies and re-polls, in publication order. */
    static final List<Article> ARCHIVE = StoryArchive.generate(10, 11L, StoryArchive.recentStart()).articles();

    @Test
    void aNewGroupStartsAtTheLogStartWithoutComplaint() throws Exception {
        Settings s = settings("fresh", Map.of());
        List<ConsumerRecord<String, byte[]>> raw = publish(s, ARCHIVE);
        deleteBefore(s, 4);
        try (StreamsStage stage = stage(s)) {
            stage.start();
            awaitDrained(s);
        }
        assertEquals(idsFrom(raw, 4), outputIds(s));
        assertEquals(raw.size() - 4, outputCount(s), "each remaining raw record in exactly one place");
    }

    @Test
    void aRestartOverDeletedRecordsIsRefusedNamingThemUnlessTheStageIsToldToSkipThem() throws Exception {
        Settings s = settings("restart", Map.of());
        int half = ARCHIVE.size() / 2;
        List<ConsumerRecord<String, byte[]>> first = publish(s, ARCHIVE.subList(0, half));
        try (StreamsStage stage = stage(s)) {
            stage.start();
            awaitDrained(s);
        }
        // While the stage is down, the second half arrives and retention takes its first two records.
        List<ConsumerRecord<String, byte[]>> all = publish(s, ARCHIVE.subList(half, ARCHIVE.size()));
        deleteBefore(s, half + 2);

        try (StreamsStage stage = stage(s)) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, stage::start);
            assertEquals("the streams stage will not start: retention deleted 2 input records before it read them"
                    + " (restart.news.raw-0 offsets " + half + "-" + (half + 1) + " (2 records)). Raise the topics'"
                    + " retention for the next replay (docs/operations.md); to go on without these records, set"
                    + " newsagg.streams.on-deleted-input=skip", refused.getMessage());
        }
        assertEquals(idsFrom(first, 0), outputIds(s), "nothing read while refused");

        Settings skipping = settings("restart", Map.of("newsagg.streams.on-deleted-input", "skip"));
        try (StreamsStage stage = stage(skipping)) {
            stage.start();
            awaitDrained(skipping);
        }
        Set<String> expected = Stream.concat(idsFrom(first, 0).stream(), idsFrom(all, half + 2).stream())
                .collect(Collectors.toSet());
        assertEquals(expected, outputIds(s));
        assertEquals(ARCHIVE.size() - 2, outputCount(s));
    }

    @Test
    void aStageOvertakenWhileRunningStopsInsteadOfSkipping() throws Exception {
        Settings s = settings("overtaken", Map.of());
        publish(s, ARCHIVE);
        // The guard has run (the group starts at offset 0), then retention overtakes the stage before it reads.
        Map<String, Object> client = client();
        DeletedInputGuard.beforeStart(client, "overtaken-streams", List.of("overtaken.news.raw"),
                DeletedInputGuard.Policy.FAIL, "streams", "newsagg.streams.on-deleted-input");
        deleteBefore(s, 3);
        try (StreamsStage stage = stage(s)) {
            CountDownLatch stopped = new CountDownLatch(1);
            stage.streams().setStateListener((now, before) -> {
                if (now == KafkaStreams.State.ERROR) stopped.countDown();
            });
            stage.streams().start();
            assertTrue(stopped.await(1, TimeUnit.MINUTES), "the stage kept running in state " + stage.state());
        }
        assertEquals(0, outputCount(s));
        try (Admin admin = Admin.create(client)) {
            assertEquals(0L, admin.listConsumerGroupOffsets("overtaken-streams").partitionsToOffsetAndMetadata().get()
                    .get(new TopicPartition("overtaken.news.raw", 0)).offset(), "still where retention overtook it");
        }
    }

    @Test
    void theStreamsCommandRefusingToStartSaysWhyInOneLineAndExitsWithCodeOne() throws Exception {
        Map<String, String> child = settingsMap("command", Map.of());
        Settings s = Settings.of(child);
        publish(s, ARCHIVE);
        // The group has committed offset 0 (its guard ran once, as at a first start); then retention takes 0-2.
        DeletedInputGuard.beforeStart(client(), "command-streams", List.of("command.news.raw"),
                DeletedInputGuard.Policy.FAIL, "streams", "newsagg.streams.on-deleted-input");
        deleteBefore(s, 3);
        try (StageProcess streams = StageProcess.start("streams", kafka.bootstrapServers(), child,
                "deleted-input-streams.log")) {
            assertEquals(1, streams.awaitExit(Duration.ofMinutes(2)), streams.tail());
            String out = Files.readString(streams.log());
            assertTrue(out.contains("newsagg streams: the streams stage will not start: retention deleted 3 input"
                    + " records before it read them (command.news.raw-0 offsets 0-2 (3 records))."), streams.tail());
            assertFalse(out.contains("\tat "), "no stack trace: " + streams.tail());
        }
        assertEquals(0, outputCount(s));
    }

    Settings settings(String name, Map<String, String> extra) {
        return Settings.of(settingsMap(name, extra));
    }

    Map<String, String> settingsMap(String name, Map<String, String> extra) {
        Map<String, String> s = new HashMap<>(extra);
        List<String> defaults = Topics.DEFAULT.all();
        for (int i = 0; i < Topics.SETTINGS.size(); i++) s.put(Topics.SETTINGS.get(i), name + "." + defaults.get(i));
        s.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        s.put("newsagg.streams.application-id", name + "-streams");
        s.put("newsagg.streams.state-dir", stateDir.resolve(name).toString());
        s.put("newsagg.streams.http-port", "-1");
        return s;
    }

    static Map<String, Object> client() {
        return Map.of("bootstrap.servers", kafka.bootstrapServers());
    }

    static StreamsStage stage(Settings s) {
        return new StreamsStage(StreamsStageConfig.from(s), new SimpleMeterRegistry());
    }

    /** Publishes to the raw topic (created first if needed) and returns every record the topic then holds. */
    static List<ConsumerRecord<String, byte[]>> publish(Settings s, List<Article> articles) throws Exception {
        try (Admin admin = Admin.create(client())) {
            new TopicAdmin(admin).create(TopicLayout.from(s));
        }
        StoryArchive.publishRaw(client(), s, articles);
        return TopicSnapshot.readAll(client(), Topics.from(s).raw(), new ByteArrayDeserializer(),
                Duration.ofSeconds(30));
    }

    static void deleteBefore(Settings s, long offset) throws Exception {
        try (Admin admin = Admin.create(client())) {
            admin.deleteRecords(Map.of(new TopicPartition(Topics.from(s).raw(), 0),
                    RecordsToDelete.beforeOffset(offset))).all().get();
        }
    }

    static void awaitDrained(Settings s) {
        String group = StreamsStageConfig.from(s).stage().applicationId();
        try (Admin admin = Admin.create(client())) {
            new PipelineDrain(admin).await(Map.of(group, StageSourceTopics.byGroup(s).get(group)),
                    Duration.ofMinutes(2));
        }
    }

    static Set<String> idsFrom(List<ConsumerRecord<String, byte[]>> raw, long fromOffset) {
        return raw.stream().filter(r -> r.offset() >= fromOffset).map(ConsumerRecord::key).collect(Collectors.toSet());
    }

    static List<ConsumerRecord<String, byte[]>> outputs(Settings s) {
        Topics t = Topics.from(s);
        return Stream.of(t.tagged(), t.duplicates(), t.dlq())
                .flatMap(topic -> TopicSnapshot.readAll(client(), topic, new ByteArrayDeserializer(),
                        Duration.ofSeconds(30)).stream())
                .toList();
    }

    static Set<String> outputIds(Settings s) {
        return outputs(s).stream().map(ConsumerRecord::key).collect(Collectors.toSet());
    }

    static int outputCount(Settings s) {
        return outputs(s).size();
    }
}
