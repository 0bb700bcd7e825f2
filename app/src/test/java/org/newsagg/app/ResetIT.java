package org.newsagg.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.cluster.PipelineDrain;
import org.newsagg.cluster.TopicAdmin;
import org.newsagg.cluster.TopicLayout;
import org.newsagg.cluster.TopicSnapshot;
import org.newsagg.ingest.publish.ArticlePublisher;
import org.newsagg.ingest.replay.ArchiveReader;
import org.newsagg.model.Aggregate;
import org.newsagg.model.Article;
import org.newsagg.model.NewsSerdes;
import org.newsagg.model.Settings;
import org.newsagg.model.Topics;
import org.newsagg.runtime.TopicOffsets;
import org.newsagg.sink.SinkConfig;
import org.newsagg.sink.SinkStage;
import org.newsagg.streams.StreamsStage;
import org.newsagg.streams.StreamsStageConfig;
import org.newsagg.streams.tagging.TaggingSettings;
import org.newsagg.testkit.EmbeddedBroker;
import org.newsagg.testkit.IsolatedRun;
import picocli.CommandLine;

/**
 * Issue 19's "re-tagging the past" on a real broker: a pipeline runs on a small archive with the bundled
 * dictionaries; the operator changes the dictionaries, stops both stages, runs {@code newsagg reset streams} and starts
 * them again; the aggregates are then those of a fresh pipeline that had the new dictionaries from the start. Then
 * {@code newsagg reset sink} and the sink alone recompute the same aggregates once more.
 */
class ResetIT {

    @RegisterExtension
    static final EmbeddedBroker kafka = new EmbeddedBroker();

    @TempDir
    static Path work;

    /**
     * The change: "chastise" becomes a verb of criticism (CAMEO 111), so five articles gain an event; and the
     * Kremlin is read as Russia's military, so the actor RUSGOV, which only the Kremlin articles have, is no longer
     * produced: its aggregates must not survive the reset with their old values.
     */
    static Path newDictionaries() throws IOException {
        Path dir = Files.createDirectories(work.resolve("dictionaries"));
        Files.writeString(dir.resolve("verbs.tsv"), "111\tV\tchastise\n");
        Files.writeString(dir.resolve("named-actors.tsv"), "Kremlin\tRUSMIL\n");
        return dir;
    }

    static List<Article> archive() throws URISyntaxException {
        return ArchiveReader.read(List.of(Path.of(ResetIT.class.getResource("/reset/articles.jsonl").toURI())))
                .articles();
    }

    /** An isolated run's settings, as -D pairs can pass them to the command too. */
    static Map<String, String> settings(String name) {
        Map<String, String> s = new TreeMap<>();
        Settings isolated = IsolatedRun.settings(kafka.broker(), name);
        for (String key : Topics.SETTINGS) s.put(key, isolated.get(key, null));
        s.put(Settings.BOOTSTRAP_SERVERS, kafka.bootstrapServers());
        s.put("newsagg.streams.application-id", name + "-streams");
        s.put("newsagg.sink.application-id", name + "-sink");
        s.put("newsagg.streams.http-port", "-1");
        s.put("newsagg.sink.http-port", "-1");
        s.put("newsagg.streams.state-dir", work.resolve(name + "-state-streams").toString());
        s.put("newsagg.sink.state-dir", work.resolve(name + "-state-sink").toString());
        return s;
    }

    static Map<String, Object> client() {
        return new HashMap<>(Map.of("bootstrap.servers", kafka.bootstrapServers()));
    }

    static void createTopics(Settings s) {
        try (Admin admin = Admin.create(client())) {
            TopicAdmin topics = new TopicAdmin(admin);
            topics.create(TopicLayout.from(s));
            assertEquals(List.of(), topics.check(TopicLayout.from(s)));
        }
    }

    static void publish(Settings s, List<Article> articles) {
        try (ArticlePublisher publisher = new ArticlePublisher(client(), Topics.from(s).raw())) {
            articles.forEach(publisher::publish);
            publisher.flush();
        }
    }

    /** Both stages running until each has read all its input; {@code whileRunning} runs before they stop. */
    static void runUntilDrained(Settings s, Runnable whileRunning) {
        try (Admin admin = Admin.create(client());
                StreamsStage streams = new StreamsStage(StreamsStageConfig.from(s), new SimpleMeterRegistry()).start();
                SinkStage sink = new SinkStage(SinkConfig.from(s), new SimpleMeterRegistry(), null).start()) {
            PipelineDrain drain = new PipelineDrain(admin);
            drain.await(Map.of(StreamsStageConfig.from(s).stage().applicationId(), streams.sourceTopics()),
                    Duration.ofSeconds(60));
            drain.await(Map.of(SinkConfig.from(s).stage().applicationId(), sink.sourceTopics()), Duration.ofSeconds(60));
            whileRunning.run();
        }
    }

    /** The aggregates as a compacted reader ends up with: newest value per key, tombstoned keys gone. */
    static String aggregates(Settings s) {
        Map<String, Aggregate> latest = TopicSnapshot.latestByKey(client(), Topics.from(s).aggregatesTopic(),
                Duration.ofSeconds(30));
        Map<String, Aggregate> live = new TreeMap<>();
        latest.forEach((k, v) -> {
            if (v != null) live.put(k, v);
        });
        return ExactAggregatesIT.render(live);
    }

    static long sum(Map<TopicPartition, Long> offsets, String topic) {
        return offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(topic))
                .mapToLong(Map.Entry::getValue).sum();
    }

    record Run(int exitCode, String out, String err) {}

    static Run newsagg(Map<String, String> settings, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        settings.forEach((k, v) -> args.addAll(List.of("-D", k + "=" + v)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = NewsaggCommand.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void afterADictionaryChangeResetAndReprocessingGiveTheAggregatesOfAFreshPipeline() throws Exception {
        List<Article> archive = archive();
        assertEquals(12, archive.size());
        Map<String, String> before = settings("retag");
        Settings old = Settings.of(before);
        createTopics(old);
        publish(old, archive);
        Run refused = new Run(0, "", "");
        Run[] whileRunning = {refused};
        runUntilDrained(old, () -> whileRunning[0] = newsagg(before, "reset", "sink"));
        assertEquals(1, whileRunning[0].exitCode());
        assertEquals("", whileRunning[0].out());
        assertEquals("newsagg reset sink: consumer group retag-sink has 1 active member (/127.0.0.1): stop every"
                + " instance of the sink stage first (one that crashed leaves the group after its session timeout,"
                + " 45 s by default)" + System.lineSeparator(), whileRunning[0].err());
        String oldAggregates = aggregates(old);
        assertTrue(oldAggregates.contains("|RUSGOV|"), "the Kremlin is RUSGOV with the bundled dictionaries");
        Map<TopicPartition, Long> outputEnds;
        try (Admin admin = Admin.create(client())) {
            outputEnds = TopicOffsets.of(admin, List.of("retag.news.tagged", "retag.news.duplicates"),
                    OffsetSpec.latest(), Duration.ofSeconds(30));
        }

        // The operator changes the dictionaries, with both stages stopped, and resets.
        Map<String, String> after = new TreeMap<>(before);
        after.put(TaggingSettings.DICTIONARY_DIR, newDictionaries().toString());
        Run reset = newsagg(after, "reset", "streams");
        assertEquals("", reset.err());
        assertEquals(0, reset.exitCode(), reset.out());
        Path streamsState = work.resolve("retag-state-streams").resolve("retag-streams");
        Path sinkState = work.resolve("retag-state-sink").resolve("retag-sink");
        assertEquals(List.of(
                "application retag-streams: offsets of retag.news.raw back to their start; 5 internal topics deleted"
                        + " (retag-streams-dedupe-articles-changelog, retag-streams-dedupe-late-articles-changelog,"
                        + " retag-streams-dedupe-postings-changelog, retag-streams-dedupe-terms-changelog,"
                        + " retag-streams-tag-repartition)",
                "retag.news.duplicates: deleted up to its end, " + sum(outputEnds, "retag.news.duplicates")
                        + " offsets (records and transaction markers) on 3 partitions",
                "retag.news.tagged: deleted up to its end, " + sum(outputEnds, "retag.news.tagged")
                        + " offsets (records and transaction markers) on 3 partitions",
                "application retag-sink: offsets of retag.news.tagged, retag.news.duplicates back to their start; 19"
                        + " internal topics deleted (retag-sink-aggregate-distinct-changelog,"
                        + " retag-sink-aggregate-evidence-articles-changelog,"
                        + " retag-sink-aggregate-evidence-lists-changelog,"
                        + " retag-sink-aggregate-hopping-opened-changelog,"
                        + " retag-sink-aggregate-input-watermarks-changelog, retag-sink-aggregate-newest-changelog,"
                        + " retag-sink-aggregates-15m-changelog, retag-sink-aggregates-1d-changelog,"
                        + " retag-sink-aggregates-1h-changelog, retag-sink-aggregates-24h-changelog,"
                        + " retag-sink-by-dimension-repartition, retag-sink-by-key-repartition,"
                        + " retag-sink-by-original-repartition, retag-sink-syndication-input-watermarks-changelog,"
                        + " retag-sink-syndication-originals-changelog, retag-sink-syndication-pending-changelog,"
                        + " retag-sink-trending-counts-changelog, retag-sink-trending-latest-changelog,"
                        + " retag-sink-trending-running-changelog)",
                "retag.news.aggregates: " + oldAggregates.lines().count() + " keys tombstoned",
                "retag.news.trending: 2 keys tombstoned",
                "local state of retag-sink: deleted " + sinkState,
                "local state of retag-streams: deleted " + streamsState,
                "done: start the streams and sink stages again; on every other machine that ran them, delete "
                        + streamsState + " and " + sinkState + " before they start"),
                reset.out().lines().toList());
        assertFalse(Files.exists(sinkState));
        assertFalse(Files.exists(streamsState));

        Settings changed = Settings.of(after);
        runUntilDrained(changed, () -> {});
        String recomputed = aggregates(changed);

        Map<String, String> freshSettings = settings("fresh");
        freshSettings.put(TaggingSettings.DICTIONARY_DIR, after.get(TaggingSettings.DICTIONARY_DIR));
        Settings fresh = Settings.of(freshSettings);
        createTopics(fresh);
        publish(fresh, archive);
        runUntilDrained(fresh, () -> {});
        String freshAggregates = aggregates(fresh);

        assertNotEquals(oldAggregates, freshAggregates, "the dictionary change changes the aggregates");
        assertFalse(freshAggregates.contains("|RUSGOV|"));
        assertEquals(freshAggregates, recomputed);

        // The sink alone (a change of windows, say): the same aggregates again, from the tags the streams stage keeps.
        Run sinkReset = newsagg(after, "reset", "sink");
        assertEquals("", sinkReset.err());
        assertEquals(0, sinkReset.exitCode(), sinkReset.out());
        List<String> sinkLines = sinkReset.out().lines().toList();
        assertTrue(sinkLines.get(0).startsWith("application retag-sink: offsets of retag.news.tagged,"
                + " retag.news.duplicates back to their start; 19 internal topics deleted ("), sinkLines.get(0));
        assertEquals(List.of(
                "retag.news.aggregates: " + recomputed.lines().count() + " keys tombstoned",
                "retag.news.trending: 2 keys tombstoned",
                "local state of retag-sink: deleted " + sinkState,
                "done: start the sink stage again; on every other machine that ran it, delete " + sinkState
                        + " before it starts"),
                sinkLines.subList(1, sinkLines.size()));
        try (Admin admin = Admin.create(client());
                SinkStage sink = new SinkStage(SinkConfig.from(changed), new SimpleMeterRegistry(), null).start()) {
            new PipelineDrain(admin).await(Map.of("retag-sink", sink.sourceTopics()), Duration.ofSeconds(60));
        }
        assertEquals(freshAggregates, aggregates(changed));
    }

    /**
     * Retention deleted the oldest raw articles: the reset warns that the recomputation covers only what is left, and
     * goes on. The stages never ran here, so there are no groups, internal topics or state to remove.
     */
    @Test
    void warnsWhenRetentionDeletedRawArticlesAndGoesOn() throws Exception {
        Map<String, String> settings = settings("lost");
        Settings s = Settings.of(settings);
        createTopics(s);
        publish(s, archive().subList(0, 3));
        try (Admin admin = Admin.create(client())) {
            admin.deleteRecords(Map.of(new TopicPartition("lost.news.raw", 0), RecordsToDelete.beforeOffset(2)))
                    .all().get(30, TimeUnit.SECONDS);
        }
        Run reset = newsagg(settings, "reset", "streams");
        assertEquals(0, reset.exitCode(), reset.err());
        assertEquals("warning: retention deleted the first 2 records of lost.news.raw (log start above 0): the"
                + " recomputation covers only the articles it still holds" + System.lineSeparator(), reset.err());
        Path streamsState = work.resolve("lost-state-streams").resolve("lost-streams");
        Path sinkState = work.resolve("lost-state-sink").resolve("lost-sink");
        assertEquals(List.of(
                "application lost-streams: offsets of lost.news.raw back to their start; no internal topics",
                "lost.news.duplicates: deleted up to its end, 0 offsets (records and transaction markers) on 3"
                        + " partitions",
                "lost.news.tagged: deleted up to its end, 0 offsets (records and transaction markers) on 3 partitions",
                "application lost-sink: offsets of lost.news.tagged, lost.news.duplicates back to their start; no"
                        + " internal topics",
                "lost.news.aggregates: 0 keys tombstoned",
                "lost.news.trending: 0 keys tombstoned",
                "local state of lost-sink: none on this machine (" + sinkState + ")",
                "local state of lost-streams: none on this machine (" + streamsState + ")",
                "done: start the streams and sink stages again; on every other machine that ran them, delete "
                        + streamsState + " and " + sinkState + " before they start"),
                reset.out().lines().toList());
    }
}
