package org.newsagg.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.cluster.PipelineDrain;
import org.newsagg.cluster.TopicAdmin;
import org.newsagg.cluster.TopicLayout;
import org.newsagg.ingest.publish.ArticlePublisher;
import org.newsagg.model.ActorTag;
import org.newsagg.model.Aggregate;
import org.newsagg.model.DeadLetters;
import org.newsagg.model.DuplicateArticle;
import org.newsagg.model.Settings;
import org.newsagg.model.TaggedArticle;
import org.newsagg.model.Topics;
import org.newsagg.sink.SinkConfig;
import org.newsagg.sink.SinkStage;
import org.newsagg.streams.StreamsStage;
import org.newsagg.streams.StreamsStageConfig;
import org.newsagg.testkit.EmbeddedBroker;
import org.newsagg.testkit.IsolatedRun;

/**
 * Issue 18's invariants on a real broker: a replay of five weeks of news (several stories a day, syndicated copies
 * and re-polls read out of publication order, some stories read hours late) through the streams stage, then the
 * sink catching up on it alone, as after a restart or a replay. The sink's tasks then run far apart in event time:
 * with several tagged partitions, one join task can send weeks of contributions before another sends its first.
 *
 * <ul>
 *   <li>No silent drop: every raw record is tagged, a duplicate, or dead-lettered; and every tagged article and
 *       spread copy is counted, under every outlet and actor key, in the daily window of its publication (counts
 *       made here from the topics, without windows or Kafka Streams).</li>
 *   <li>Partition- and timing-independence: the final aggregates (newest value per key) are the same with three
 *       tagged partitions and the sink catching up, with one partition and the sink running during the replay, and
 *       with two sink threads.</li>
 * </ul>
 */
class ExactAggregatesIT {

    @RegisterExtension
    static final EmbeddedBroker kafka = new EmbeddedBroker();

    @TempDir
    static Path work;

    static ReplayArchive archive;

    @BeforeAll
    static void generate() {
        archive = ReplayArchive.generate(Instant.parse("2025-01-06T00:00:00Z"), 35, 5, 18L);
    }

    /**
     * Creates the topics, starts the streams stage, replays the archive as fast as possible, and reads the outputs
     * once both stages have read everything. {@code sinkLive}: the sink runs during the replay; otherwise it starts
     * once the streams stage is done, and catches up alone.
     */
    static PipelineOutputs replay(String name, int taggedPartitions, int sinkThreads, boolean sinkLive) {
        Settings s = IsolatedRun.settings(kafka.broker(), name).with(Map.of(
                "newsagg.topics.partitions", Integer.toString(taggedPartitions),
                "newsagg.sink.threads", Integer.toString(sinkThreads),
                "newsagg.sink.http-port", "-1",
                "newsagg.streams.state-dir", work.resolve(name + "-streams").toString(),
                "newsagg.sink.state-dir", work.resolve(name + "-sink").toString()));
        Topics topics = Topics.from(s);
        Map<String, Object> client = new HashMap<>(Map.of("bootstrap.servers", kafka.bootstrapServers()));
        try (Admin admin = Admin.create(client)) {
            TopicAdmin topicAdmin = new TopicAdmin(admin);
            TopicLayout layout = TopicLayout.from(s);
            topicAdmin.create(layout);
            assertEquals(List.of(), topicAdmin.check(layout));
            PipelineDrain drain = new PipelineDrain(admin);
            try (StreamsStage streams = new StreamsStage(StreamsStageConfig.from(s), new SimpleMeterRegistry()).start();
                    SinkStage live = sinkLive ? new SinkStage(SinkConfig.from(s), new SimpleMeterRegistry(), null).start()
                            : null) {
                try (ArticlePublisher publisher = new ArticlePublisher(client, topics.raw())) {
                    archive.records().forEach(publisher::publish);
                    publisher.flush();
                }
                drain.await(Map.of(StreamsStageConfig.from(s).stage().applicationId(), streams.sourceTopics()),
                        Duration.ofMinutes(2));
                // Unless it ran live, the sink starts on a full tagged topic and catches up alone.
                try (SinkStage sink = live != null ? live
                        : new SinkStage(SinkConfig.from(s), new SimpleMeterRegistry(), null).start()) {
                    drain.await(Map.of(SinkConfig.from(s).stage().applicationId(), sink.sourceTopics()), Duration.ofMinutes(2));
                    return PipelineOutputs.read(client, topics);
                }
            }
        }
    }

    @Test
    void everyArticleIsCountedUnderEveryKeyAndTheAggregatesDoNotDependOnPartitionsThreadsOrCatchingUp() {
        PipelineOutputs three = replay("exact3", 3, 1, false);
        assertCountedExactly(three);

        PipelineOutputs oneLive = replay("exact1live", 1, 1, true);
        assertCountedExactly(oneLive);
        assertEquals(render(three.aggregates()), render(oneLive.aggregates()),
                "3 tagged partitions, sink catching up vs 1 partition, sink running during the replay");

        PipelineOutputs threads = replay("exact3t2", 3, 2, false);
        assertEquals(render(three.aggregates()), render(threads.aggregates()), "1 vs 2 sink threads");
    }

    /** Every raw record accounted for, and the daily outlet and actor windows exactly as counted from the topics. */
    static void assertCountedExactly(PipelineOutputs out) {
        Map<String, long[]> expected = expectedDaily(out.tagged(), out.duplicates());
        Map<String, long[]> actual = new TreeMap<>();
        out.aggregates().values().stream()
                .filter(a -> a.window().equals("1d") && (a.dimension().equals("outlet") || a.dimension().equals("actor")))
                .forEach(a -> actual.put(a.dimension() + "|" + a.key() + "|" + a.windowStart(),
                        new long[] {a.articles(), a.syndicated(), a.sources()}));
        long expectedArticles = sum(expected, "outlet|", 0);
        long countedArticles = sum(actual, "outlet|", 0);
        long expectedContributions = expected.values().stream().mapToLong(v -> v[0] + v[1]).sum();
        long countedContributions = actual.values().stream().mapToLong(v -> v[0] + v[1]).sum();
        System.out.printf(Locale.ROOT, "%d tagged, %d duplicates, %d dead letters; outlet|1d windows count %d of %d "
                        + "articles (%d missing); outlet and actor 1d windows count %d of %d contributions%n",
                out.tagged().size(), out.duplicates().size(), out.deadLetters().size(), countedArticles,
                expectedArticles, expectedArticles - countedArticles, countedContributions, expectedContributions);
        assertEquals(render3(expected), render3(actual));

        // No silent drop upstream either: each raw record is tagged, a duplicate, or a dead letter (reason late).
        assertEquals(archive.records().size(), out.tagged().size() + out.duplicates().size() + out.deadLetters().size());
        assertEquals(Set.of("late"), out.deadLetters().stream()
                .map(r -> DeadLetters.header(r.headers(), DeadLetters.REASON)).collect(Collectors.toSet()));
        Set<String> storiesSeen = new HashSet<>(out.tagged().stream().map(t -> t.article().id()).toList());
        assertEquals(out.tagged().size(), storiesSeen.size(), "each article tagged once");
    }

    /**
     * dimension|key|dayStart → {articles, syndicated copies, distinct outlets} for the outlet and actor keys of every
     * tagged article and every copy from another outlet, in the day of the original's publication.
     */
    static Map<String, long[]> expectedDaily(List<TaggedArticle> tagged, List<DuplicateArticle> duplicates) {
        Map<String, long[]> out = new TreeMap<>();
        Map<String, Set<String>> outlets = new HashMap<>();
        Map<String, TaggedArticle> byId = new HashMap<>();
        for (TaggedArticle t : tagged) {
            byId.put(t.article().id(), t);
            for (String key : keys(t)) {
                out.computeIfAbsent(key, k -> new long[3])[0]++;
                outlets.computeIfAbsent(key, k -> new HashSet<>()).add(t.article().source());
            }
        }
        for (DuplicateArticle d : duplicates) {
            if (d.article().source().equals(d.originalSource())) continue; // a re-poll: counts nowhere
            TaggedArticle original = byId.get(d.duplicateOf());
            assertTrue(original != null, () -> "copy " + d.article().id() + " of an untagged " + d.duplicateOf());
            for (String key : keys(original)) {
                out.get(key)[1]++;
                outlets.get(key).add(d.article().source());
            }
        }
        outlets.forEach((k, v) -> out.get(k)[2] = v.size());
        return out;
    }

    private static Set<String> keys(TaggedArticle t) {
        Instant day = t.article().published().truncatedTo(ChronoUnit.DAYS);
        Set<String> keys = new HashSet<>();
        keys.add("outlet|" + t.article().source() + "|" + day);
        for (ActorTag a : t.actors()) keys.add("actor|" + a.code() + "|" + day);
        return keys;
    }

    private static long sum(Map<String, long[]> m, String prefix, int field) {
        return m.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToLong(e -> e.getValue()[field]).sum();
    }

    private static String render3(Map<String, long[]> m) {
        return m.entrySet().stream().map(e -> e.getKey() + "=" + java.util.Arrays.toString(e.getValue()))
                .collect(Collectors.joining("\n"));
    }

    /** Every window's value; the Goldstein average to 9 decimals, as sums in another order differ in the last bit. */
    static String render(Map<String, Aggregate> aggregates) {
        return new TreeMap<>(aggregates).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().articles() + "," + e.getValue().stories() + ","
                        + e.getValue().sources() + "," + e.getValue().syndicated() + "," + e.getValue().events() + ","
                        + String.format(Locale.ROOT, "%.9f", e.getValue().goldsteinAvg()) + ","
                        + e.getValue().firstSeen() + "," + e.getValue().lastSeen() + "," + e.getValue().samples())
                .collect(Collectors.joining("\n"));
    }
}
