package org.newsagg.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.cluster.PipelineDrain;
import org.newsagg.cluster.TopicAdmin;
import org.newsagg.cluster.TopicLayout;
import org.newsagg.ingest.publish.ArticlePublisher;
import org.newsagg.ingest.replay.ArchiveContents;
import org.newsagg.ingest.replay.Replayer;
import org.newsagg.model.ActorTag;
import org.newsagg.model.Article;
import org.newsagg.model.DeadLetters;
import org.newsagg.model.DuplicateArticle;
import org.newsagg.model.EventTag;
import org.newsagg.model.JsonSerde;
import org.newsagg.model.NewsSerdes;
import org.newsagg.model.Settings;
import org.newsagg.model.TaggedArticle;
import org.newsagg.model.Topics;
import org.newsagg.sink.SinkConfig;
import org.newsagg.sink.SinkStage;
import org.newsagg.sink.aggregate.Contribution;
import org.newsagg.streams.StreamsStage;
import org.newsagg.streams.StreamsStageConfig;
import org.newsagg.testkit.EmbeddedBroker;
import org.newsagg.testkit.IsolatedRun;

/**
 * Issue 18, section 1, on a real broker: one archive replayed the way a user replays it ({@link Replayer}, the code
 * behind {@code newsagg replay}) gives the same final aggregates (newest value per key of {@code news.aggregates})
 * whatever the sink's layout and timing. One reference run and two others that, between them, change every
 * dimension against it, so that each dimension is compared with the reference without the whole cross product:
 *
 * <table>
 *   <caption>runs</caption>
 *   <tr><th>run</th><th>tagged partitions</th><th>sink instances</th><th>threads each</th><th>replay</th>
 *       <th>sink started</th></tr>
 *   <tr><td>reference</td><td>3</td><td>1</td><td>1</td><td>as fast as possible</td><td>after the replay (catching
 *       up alone)</td></tr>
 *   <tr><td>paced</td><td>1</td><td>1</td><td>1</td><td>{@code --speed} (32 days in about 10 s)</td><td>before
 *       the replay (live)</td></tr>
 *   <tr><td>scaled</td><td>3</td><td>2</td><td>2</td><td>as fast as possible</td><td>one before the replay, the
 *       other halfway through it (a rebalance moves tasks and their state to it; the second half is processed by
 *       both)</td></tr>
 * </table>
 *
 * <p>Each run also shows that nothing is dropped in silence: every article on {@code news.tagged} and every copy
 * from another outlet on {@code news.duplicates} is counted under every one of its keys (all seven dimensions, daily
 * windows, counts made here from the topics without windows or Kafka Streams), or is on {@code news.dlq} from the
 * sink with a reason, counted in the sink's metric for that reason.
 *
 * <p>The archive: 32 days, six stories a day from six outlets, every second one syndicated by two other outlets
 * within the hour, every third re-polled ({@link ReplayArchive}). The replay reads it in publication order; the
 * sink's inputs still arrive out of order: a copy's repartitioned record often reaches the join before its original
 * when the tagged partitions are read by different tasks, and with several partitions one join task runs days ahead
 * of another in a catch-up.
 */
class ReplayIndependenceIT {

    private static final int DAYS = 32;
    /** Replay speed of the paced run: the archive's 32 days in about ten seconds. */
    private static final double SPEED = Duration.ofDays(DAYS).toSeconds() / 10.0;

    @RegisterExtension
    static final EmbeddedBroker kafka = new EmbeddedBroker();

    @TempDir
    static Path work;

    static List<Article> archive;

    @BeforeAll
    static void generate() {
        archive = ReplayArchive.generate(Instant.parse("2025-02-03T00:00:00Z"), DAYS, 6, 7L).records();
    }

    /**
     * One run's layout. Each entry of {@code sinkStarts} starts one sink instance when that fraction of the archive
     * has been replayed: 0 before the replay (the sink runs during it), 1 once the streams stage has processed all
     * of it (the sink catches up alone), between them halfway through. {@code speed} 0 is as fast as possible.
     */
    record Run(String name, int taggedPartitions, int sinkThreads, List<Double> sinkStarts, double speed) {}

    /** What one run left on the topics, and the sink instances' dead-letter counters summed. */
    record Outputs(PipelineOutputs topics, long expiredCounted, long unjoinedCounted) {}

    @Test
    void finalAggregatesAreTheSameWhateverPartitionsInstancesThreadsSpeedAndStartAndNothingIsDroppedInSilence() {
        Outputs reference = replay(new Run("reference", 3, 1, List.of(1.0), 0));
        assertAccountedFor(reference);

        Outputs paced = replay(new Run("paced", 1, 1, List.of(0.0), SPEED));
        assertAccountedFor(paced);
        assertEquals(ExactAggregatesIT.render(reference.topics().aggregates()),
                ExactAggregatesIT.render(paced.topics().aggregates()),
                "3 partitions, replay as fast as possible, sink catching up afterwards vs 1 partition, replay at "
                        + "--speed " + SPEED + ", sink running during it");

        Outputs scaled = replay(new Run("scaled", 3, 2, List.of(0.0, 0.5), 0));
        assertAccountedFor(scaled);
        assertEquals(ExactAggregatesIT.render(reference.topics().aggregates()),
                ExactAggregatesIT.render(scaled.topics().aggregates()),
                "1 sink instance with 1 thread vs 2 instances with 2 threads each, the second joining halfway");
    }

    static Outputs replay(Run run) {
        Settings s = IsolatedRun.settings(kafka.broker(), run.name()).with(Map.of(
                "newsagg.topics.partitions", Integer.toString(run.taggedPartitions()),
                "newsagg.sink.threads", Integer.toString(run.sinkThreads()),
                "newsagg.sink.http-port", "-1",
                "newsagg.streams.state-dir", work.resolve(run.name() + "-streams").toString()));
        Topics topics = Topics.from(s);
        Map<String, Object> client = new HashMap<>(Map.of("bootstrap.servers", kafka.bootstrapServers()));
        // In the replay's order, so that the parts replayed between sink starts are the whole replay in turn.
        List<Article> ordered = archive.stream().sorted(ArchiveContents.ORDER).toList();
        List<SinkStage> sinks = new ArrayList<>();
        List<SimpleMeterRegistry> registries = new ArrayList<>();
        try (Admin admin = Admin.create(client)) {
            TopicAdmin topicAdmin = new TopicAdmin(admin);
            TopicLayout layout = TopicLayout.from(s);
            topicAdmin.create(layout);
            assertEquals(List.of(), topicAdmin.check(layout));
            PipelineDrain drain = new PipelineDrain(admin);
            StreamsStageConfig streamsConfig = StreamsStageConfig.from(s);
            try (StreamsStage streams = new StreamsStage(streamsConfig, new SimpleMeterRegistry()).start();
                    ArticlePublisher publisher = new ArticlePublisher(client, topics.raw())) {
                int replayed = 0;
                for (double at : run.sinkStarts()) {
                    if (at >= 1) break;
                    int upTo = (int) (ordered.size() * at);
                    if (upTo > replayed) {
                        new Replayer(publisher).replay(ordered.subList(replayed, upTo), run.speed(), null);
                        replayed = upTo;
                    }
                    sinks.add(startSink(s, run, sinks.size(), registries));
                    awaitEveryInstanceWorking(sinks);
                }
                new Replayer(publisher).replay(ordered.subList(replayed, ordered.size()), run.speed(), null);
                drain.await(Map.of(streamsConfig.stage().applicationId(), streams.sourceTopics()), Duration.ofMinutes(2));
                for (double at : run.sinkStarts()) {
                    if (at >= 1) sinks.add(startSink(s, run, sinks.size(), registries));
                }
                drain.await(Map.of(SinkConfig.from(s).stage().applicationId(), sinks.get(0).sourceTopics()),
                        Duration.ofMinutes(2));
                return new Outputs(PipelineOutputs.read(client, topics),
                        counted(registries, "newsagg.contributions.expired"),
                        counted(registries, "newsagg.copies.unjoined"));
            } finally {
                sinks.forEach(SinkStage::close);
            }
        }
    }

    /**
     * Until every instance runs active tasks: the replay goes on only once the work is shared, so that the second
     * instance takes its tasks and their state from the first in the middle of the replay.
     */
    private static void awaitEveryInstanceWorking(List<SinkStage> sinks) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        for (SinkStage sink : sinks) {
            while (sink.streams().state() != KafkaStreams.State.RUNNING || RestartAndScaleOutIT.activeTasks(sink) == 0) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("sink instance " + sinks.indexOf(sink) + " has no task: "
                            + sink.streams().state());
                }
                // A poll, not a wait for something to happen in time: spinning would take a core from the stages.
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
        }
    }

    private static SinkStage startSink(Settings s, Run run, int instance, List<SimpleMeterRegistry> registries) {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registries.add(registry);
        Settings own = s.with(Map.of("newsagg.sink.state-dir",
                work.resolve(run.name() + "-sink-" + instance).toString()));
        return new SinkStage(SinkConfig.from(own), registry, null).start();
    }

    private static long counted(List<SimpleMeterRegistry> registries, String name) {
        return registries.stream().mapToLong(r -> {
            Counter c = r.find(name).counter();
            return c == null ? 0 : (long) c.count();
        }).sum();
    }

    /**
     * Every tagged article and every copy from another outlet is counted under each of its keys in the daily window
     * of its (original's) publication, unless the sink dead-lettered it with a reason its metric counted; and every
     * raw record is tagged, a duplicate, or a dead letter of the streams stage.
     */
    static void assertAccountedFor(Outputs out) {
        List<ConsumerRecord<String, byte[]>> bySink = out.topics().deadLetters().stream()
                .filter(r -> "sink".equals(DeadLetters.header(r.headers(), DeadLetters.STAGE))).toList();
        Set<String> expiredContributions = new HashSet<>();
        Set<String> unjoinedCopies = new HashSet<>();
        JsonSerde<Contribution> contributionSerde = new JsonSerde<>(Contribution.class);
        for (ConsumerRecord<String, byte[]> r : bySink) {
            String reason = DeadLetters.header(r.headers(), DeadLetters.REASON);
            if ("expired".equals(reason)) {
                Contribution c = contributionSerde.deserializer().deserialize(r.topic(), r.value());
                expiredContributions.add(c.groupKey() + "|" + c.articleId() + "|" + c.outlet());
            } else if ("unjoined".equals(reason)) {
                unjoinedCopies.add(NewsSerdes.duplicate().deserializer().deserialize(r.topic(), r.value()).article().id());
            } else {
                throw new AssertionError("sink dead letter without an expected reason: " + reason);
            }
        }
        assertEquals(expiredContributions.size(), out.expiredCounted(), "expired contributions counted in the metric");
        assertEquals(unjoinedCopies.size(), out.unjoinedCounted(), "unjoined copies counted in the metric");

        Map<String, long[]> expected = new TreeMap<>();
        Map<String, Set<String>> outlets = new HashMap<>();
        Map<String, TaggedArticle> byId = new HashMap<>();
        long contributions = 0;
        for (TaggedArticle t : out.topics().tagged()) {
            byId.put(t.article().id(), t);
            for (String key : dailyKeys(t)) {
                contributions++;
                if (expiredContributions.contains(groupKey(key) + "|" + t.article().id() + "|" + t.article().source())) {
                    continue;
                }
                expected.computeIfAbsent(key, k -> new long[3])[0]++;
                outlets.computeIfAbsent(key, k -> new HashSet<>()).add(t.article().source());
            }
        }
        for (DuplicateArticle d : out.topics().duplicates()) {
            if (d.article().source().equals(d.originalSource())) continue; // a re-poll counts nowhere
            if (unjoinedCopies.contains(d.article().id())) continue;
            TaggedArticle original = byId.get(d.duplicateOf());
            assertTrue(original != null, () -> "copy " + d.article().id() + " of an untagged " + d.duplicateOf());
            for (String key : dailyKeys(original)) {
                contributions++;
                if (expiredContributions.contains(groupKey(key) + "|" + original.article().id() + "|"
                        + d.article().source())) {
                    continue;
                }
                expected.computeIfAbsent(key, k -> new long[3])[1]++;
                outlets.computeIfAbsent(key, k -> new HashSet<>()).add(d.article().source());
            }
        }
        outlets.forEach((k, v) -> expected.get(k)[2] = v.size());

        Map<String, long[]> actual = new TreeMap<>();
        out.topics().aggregates().values().stream().filter(a -> a.window().equals("1d"))
                .forEach(a -> actual.put(a.dimension() + "|" + a.key() + "|" + a.windowStart(),
                        new long[] {a.articles(), a.syndicated(), a.sources()}));
        System.out.printf(Locale.ROOT, "%d tagged, %d duplicates, %d dead letters (%d from the sink); %d daily "
                        + "contributions expected, %d counted in %d daily windows%n", out.topics().tagged().size(),
                out.topics().duplicates().size(), out.topics().deadLetters().size(), bySink.size(), contributions,
                actual.values().stream().mapToLong(v -> v[0] + v[1]).sum(), actual.size());
        assertEquals(render(expected), render(actual));

        assertEquals(archive.size(), out.topics().tagged().size() + out.topics().duplicates().size() + out.topics().deadLetters().size() - bySink.size(),
                "each raw record tagged, a duplicate, or dead-lettered by the streams stage");
        assertEquals(out.topics().tagged().size(), out.topics().tagged().stream().map(t -> t.article().id()).distinct().count(),
                "each article tagged once");
    }

    /**
     * {@code dimension|key|dayStart} for every key of the article, by the rules of docs/sink.md (its actors and
     * their countries; its asserted events' codes, roots, PLOVER categories and dyads; its outlet), written out here
     * rather than taken from the sink.
     */
    static Set<String> dailyKeys(TaggedArticle t) {
        Instant day = t.article().published().truncatedTo(ChronoUnit.DAYS);
        Set<String> keys = new LinkedHashSet<>();
        for (ActorTag a : t.actors() == null ? List.<ActorTag>of() : t.actors()) {
            keys.add("actor|" + a.code());
            if (a.country() != null) keys.add("country|" + a.country());
        }
        for (EventTag e : t.events() == null ? List.<EventTag>of() : t.events()) {
            if (!e.asserted()) continue;
            keys.add("event|" + e.code());
            keys.add("eventRoot|" + e.root());
            if (e.plover() != null) keys.add("plover|" + e.plover());
            if (e.source() != null && e.target() != null) {
                keys.add("dyad|" + e.source() + "|" + e.root() + "|" + e.target());
            }
        }
        keys.add("outlet|" + t.article().source());
        return keys.stream().map(k -> k + "|" + day).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** {@code dimension|key} of a {@code dimension|key|dayStart}: the day is the last field. */
    private static String groupKey(String dailyKey) {
        return dailyKey.substring(0, dailyKey.lastIndexOf('|'));
    }

    private static String render(Map<String, long[]> m) {
        return m.entrySet().stream().map(e -> e.getKey() + "=" + java.util.Arrays.toString(e.getValue()))
                .collect(Collectors.joining("\n"));
    }
}
