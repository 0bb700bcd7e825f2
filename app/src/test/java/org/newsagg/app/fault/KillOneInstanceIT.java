package org.newsagg.app.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.app.demo.DemoPipeline;
import org.newsagg.broker.EmbeddedKafkaBroker;
import org.newsagg.cluster.PipelineDrain;
import org.newsagg.cluster.StageSourceTopics;
import org.newsagg.cluster.TopicAdmin;
import org.newsagg.cluster.TopicLayout;
import org.newsagg.cluster.TopicSnapshot;
import org.newsagg.model.Aggregate;
import org.newsagg.model.Article;
import org.newsagg.model.Json;
import org.newsagg.model.NewsSerdes;
import org.newsagg.model.Settings;
import org.newsagg.model.TaggedArticle;
import org.newsagg.model.Topics;
import org.newsagg.sink.SinkConfig;
import org.newsagg.sink.SinkMetrics;
import org.newsagg.sink.aggregate.AggregateTopology;
import org.newsagg.streams.DedupeAndTagTopology;
import org.newsagg.streams.StageMetrics;
import org.newsagg.streams.StreamsStageConfig;

/**
 * Scale-out with standby replicas on a real broker: two instances of the streams stage and two of the sink (child
 * JVMs, same application ids, {@code standby-replicas=1}) share the partitions, each keeping warm copies of the
 * state the other one works on. One instance of each stage is SIGKILLed mid-replay; the survivors must take over
 * every partition and end with exactly what one instance writes for the same archive.
 */
class KillOneInstanceIT {

    /** 200 stories give 434 records, the crash tests' archive: enough to kill mid-way, small enough for 2 cores. */
    static final int STORIES = Integer.getInteger("newsagg.fault.stories", 200);
    /** Partitions of tagged, duplicates and aggregates; raw keeps its one (same verdicts in every run). */
    static final int PARTITIONS = 3;
    /** Generous: four JVMs and a broker on two shared cores. Every wait polls and returns as soon as it can. */
    static final Duration DEADLINE = Duration.ofMinutes(3);

    @TempDir
    static Path work;

    static EmbeddedKafkaBroker broker;
    static StoryArchive archive;
    static final Instant T0 = Instant.now();

    /** Progress with elapsed and wall-clock time, to read next to the children's logs in target/fault-logs. */
    static void phase(String what) {
        System.out.println("[" + Duration.between(T0, Instant.now()).toMillis() + " ms, " + Instant.now() + "] " + what);
    }

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.start(work.resolve("broker"), 3);
        archive = StoryArchive.generate(STORIES, 20250602L, StoryArchive.recentStart());
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) broker.close();
    }

    /** A run's own topics and application ids, no query API, the given extra settings. Bootstrap not included. */
    static Map<String, String> overrides(String name, Map<String, String> extra) {
        Map<String, String> s = new HashMap<>();
        List<String> defaults = Topics.DEFAULT.all();
        for (int i = 0; i < Topics.SETTINGS.size(); i++) s.put(Topics.SETTINGS.get(i), name + "." + defaults.get(i));
        s.put("newsagg.streams.application-id", name + "-streams");
        s.put("newsagg.sink.application-id", name + "-sink");
        s.put("newsagg.topics.partitions", Integer.toString(PARTITIONS));
        s.put("newsagg.sink.http-port", "-1");
        s.put("newsagg.streams.http-port", "-1");
        s.put("newsagg.sink.metrics-port", "-1");
        s.putAll(extra);
        return s;
    }

    static Settings settings(Map<String, String> overrides) {
        Map<String, String> s = new HashMap<>(overrides);
        s.put("kafka.bootstrap.servers", broker.bootstrapServers());
        return Settings.of(s);
    }

    static Map<String, Object> client() {
        return Map.of("bootstrap.servers", broker.bootstrapServers());
    }

    static void publish(Settings settings, List<Article> articles) {
        StoryArchive.publishRaw(client(), settings, articles);
    }

    @Test
    void killingOneOfTwoInstancesOfEachStageLeavesTheSurvivorsAllPartitionsAndTheResultsOfOneInstance()
            throws Exception {
        // Failure detection is the consumer session timeout (45 s by default): 10 s keeps the test short and is
        // a setting an operator may choose too (docs/operations.md).
        Map<String, String> scaled = overrides("scaled", Map.of(
                "newsagg.streams.standby-replicas", "1",
                "newsagg.sink.standby-replicas", "1",
                "kafka.session.timeout.ms", "10000"));
        Settings settings = settings(scaled);
        try (Admin admin = Admin.create(client())) {
            new TopicAdmin(admin).create(TopicLayout.from(settings));
        }
        Stage streams = Stage.streams(settings);
        Stage sink = Stage.sink(settings);
        Outputs clean;
        try (Instance streamsA = Instance.start(streams, "a", scaled);
                Instance streamsB = Instance.start(streams, "b", scaled);
                Instance sinkA = Instance.start(sink, "a", scaled);
                Instance sinkB = Instance.start(sink, "b", scaled)) {
            // The reference, run while the four JVMs start: both stages in this process, one instance each, no
            // standbys, the same archive and partitions.
            Settings cleanSettings = settings(overrides("clean", Map.of()));
            try (DemoPipeline pipeline = DemoPipeline.start(cleanSettings, work.resolve("clean-state"),
                    new SimpleMeterRegistry(), null)) {
                publish(cleanSettings, archive.articles());
                pipeline.awaitDrained(DEADLINE);
            }
            clean = Outputs.read(cleanSettings);
            assertTrue(clean.aggregates().size() > STORIES, "the clean run produced " + clean.aggregates().size());
            phase("clean run read");

            // Checked before any input: both instances of each stage hold active tasks, and each holds a standby of
            // every stateful task the other one runs, so a warm copy of all state exists on the other JVM.
            Map<String, Set<TopicPartition>> streamsShare = awaitValue(
                    "two streams instances sharing the partitions, each with standbys of the other's state",
                    streams::assignment, share -> sharingWithStandbys(streams, share, streamsA, streamsB),
                    share -> describe(streams, share, streamsA, streamsB));
            Map<String, Set<TopicPartition>> sinkShare = awaitValue(
                    "two sink instances sharing the partitions, each with standbys of the other's state",
                    sink::assignment, share -> sharingWithStandbys(sink, share, sinkA, sinkB),
                    share -> describe(sink, share, sinkA, sinkB));
            System.out.println(describe(streams, streamsShare, streamsA, streamsB) + "\n"
                    + describe(sink, sinkShare, sinkA, sinkB));
            phase("shared with standbys");
            String tagTopic = streams.group() + "-" + DedupeAndTagTopology.TAG_REPARTITION + "-repartition";
            assertEquals(PARTITIONS, streams.allPartitions().stream().filter(tp -> tp.topic().equals(tagTopic))
                    .count(), "tagging tasks: partitions of " + tagTopic);
            // The streams victim runs the dedupe task, the only stateful one of that stage: its survivor must go on
            // from the standby's copy of the dedupe stores. The sink victim is the one with more stateful tasks.
            Instance streamsVictim = streamsShare.get(streamsA.clientId()).stream()
                    .anyMatch(tp -> tp.topic().equals(streams.dedupeTopic())) ? streamsA : streamsB;
            Instance streamsSurvivor = streamsVictim == streamsA ? streamsB : streamsA;
            Instance sinkVictim = sink.statefulTasks(sinkShare, sinkA).size()
                    >= sink.statefulTasks(sinkShare, sinkB).size() ? sinkA : sinkB;
            Instance sinkSurvivor = sinkVictim == sinkA ? sinkB : sinkA;

            // Injected: SIGKILL of one instance of each stage once dedupe has committed a third of the archive and
            // the sink victim has committed work of its own; the last third is published after the kill.
            List<Article> all = archive.articles();
            int cut = all.size() * 2 / 3;
            Set<TopicPartition> sinkVictimPartitions = sinkShare.get(sinkVictim.clientId());
            publish(settings, all.subList(0, cut));
            await("dedupe past a third of the archive and the sink victim under way",
                    () -> streams.committed(streams.dedupeTopic()) >= all.size() / 3
                            && sink.committed(sinkVictimPartitions) > 0,
                    () -> "dedupe committed " + streams.committed(streams.dedupeTopic()) + ", sink victim committed "
                            + sink.committed(sinkVictimPartitions));
            sinkVictim.process().kill();
            streamsVictim.process().kill();
            phase("killed " + streamsVictim.clientId() + " with dedupe at offset "
                    + streams.committed(streams.dedupeTopic()) + " of " + all.size() + " records, and "
                    + sinkVictim.clientId() + " at offsets summing to " + sink.committed(sinkVictimPartitions));
            publish(settings, all.subList(cut, all.size()));

            // Checked: each group ends with one member, the survivor, holding every partition of every source.
            awaitValue("the streams survivor holding every partition", streams::assignment,
                    share -> streams.ownedAllBy(share, streamsSurvivor), Object::toString);
            awaitValue("the sink survivor holding every partition", sink::assignment,
                    share -> sink.ownedAllBy(share, sinkSurvivor), Object::toString);
            phase("survivors own all");
            try (Admin admin = Admin.create(client())) {
                new PipelineDrain(admin).await(StageSourceTopics.byGroup(settings), DEADLINE);
            }
            assertTrue(streamsSurvivor.process().alive() && sinkSurvivor.process().alive(),
                    streamsSurvivor.process().tail() + "\n" + sinkSurvivor.process().tail());
        }

        phase("drained, instances closed");
        // Checked: every record in exactly one place, and every output exactly the single instance's. State lost
        // in the kill would show here: without the dedupe stores re-polls are tagged again; without the sink's,
        // windows count from zero.
        Outputs run = Outputs.read(settings);
        List<String> input = archive.articles().stream().map(Article::id).sorted().toList();
        List<String> placed = new ArrayList<>(run.taggedIds());
        placed.addAll(run.duplicateIds());
        placed.addAll(run.deadLetterKeys());
        assertEquals(input, placed.stream().sorted().toList(), "tagged + duplicates + dead letters = input");
        assertEquals(List.copyOf(archive.originalIds()), run.taggedIds(), "each original tagged exactly once");
        assertEquals(List.of(), run.deadLetterKeys(), "dead letters");
        assertEquals(clean.tagged(), run.tagged(), "tagged articles");
        assertEquals(clean.duplicates(), run.duplicates(), "duplicates");
        assertSameMap(clean.aggregates(), run.aggregates());
        phase("checked " + run.aggregates().size() + " aggregates");
    }

    /** Every key with the same value; on failure, how many keys differ and the first few. */
    static void assertSameMap(Map<String, Aggregate> expected, Map<String, Aggregate> actual) {
        Set<String> keys = new TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        List<String> differing = keys.stream().filter(k -> !java.util.Objects.equals(expected.get(k), actual.get(k)))
                .toList();
        assertTrue(differing.isEmpty(), differing.size() + " of " + keys.size() + " aggregates differ, e.g.\n"
                + differing.stream().limit(5).map(k -> k + ": single instance " + expected.get(k) + ", scaled "
                        + actual.get(k)).collect(Collectors.joining("\n")));
    }

    /** Polls until the condition holds; fails with what {@code seen} says at the deadline. */
    static void await(String what, BooleanSupplier condition, Supplier<String> seen) throws InterruptedException {
        awaitValue(what, () -> condition.getAsBoolean(), ok -> ok, ok -> seen.get());
    }

    /** Polls a value until it passes the check and returns it; fails with its description at the deadline. */
    static <T> T awaitValue(String what, Supplier<T> value, Predicate<T> check, Function<T, String> describe)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(DEADLINE);
        T seen = value.get();
        while (!check.test(seen)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no " + what + " within " + DEADLINE + ":\n" + describe.apply(seen));
            }
            Thread.sleep(100);
            seen = value.get();
        }
        return seen;
    }

    /** Two members, each with active tasks, every partition assigned, each holding the other's state as standbys. */
    static boolean sharingWithStandbys(Stage stage, Map<String, Set<TopicPartition>> share, Instance a, Instance b) {
        return share.keySet().equals(Set.of(a.clientId(), b.clientId()))
                && share.values().stream().noneMatch(Set::isEmpty)
                && share.values().stream().flatMap(Set::stream).collect(Collectors.toSet())
                        .equals(stage.allPartitions())
                && a.standbyTasks() == stage.statefulTasks(share, b).size()
                && b.standbyTasks() == stage.statefulTasks(share, a).size();
    }

    static String describe(Stage stage, Map<String, Set<TopicPartition>> share, Instance a, Instance b) {
        return stage.group() + " members " + share + "\n  standby tasks " + a.clientId() + "=" + a.standbyTasks()
                + ", " + b.clientId() + "=" + b.standbyTasks() + "; stateful active tasks " + a.clientId() + "="
                + stage.statefulTasks(share, a) + ", " + b.clientId() + "=" + stage.statefulTasks(share, b);
    }

    /**
     * One stage's consumer group as the broker sees it, and its tasks as Kafka Streams numbers them (subtopology
     * and partition), from the same topology the stage runs.
     */
    record Stage(String name, String group, List<String> sourceTopics, Map<String, Integer> subtopologyOf,
            Set<Integer> statefulSubtopologies, String dedupeTopic) {

        static Stage streams(Settings s) {
            StreamsStageConfig c = StreamsStageConfig.from(s);
            return of("streams", c.stage().applicationId(), DedupeAndTagTopology.build(c, StageMetrics.noop()),
                    List.of(c.stage().topics().raw()), DedupeAndTagTopology.dedupeSource(c));
        }

        static Stage sink(Settings s) {
            SinkConfig c = SinkConfig.from(s);
            return of("sink", c.stage().applicationId(), AggregateTopology.build(c, SinkMetrics.noop()),
                    List.of(c.stage().topics().tagged(), c.stage().topics().duplicates()), null);
        }

        static Stage of(String name, String group, Topology topology, List<String> external, String dedupeTopic) {
            Map<String, Integer> subtopologyOf = new TreeMap<>();
            Set<Integer> stateful = new TreeSet<>();
            for (TopologyDescription.Subtopology sub : topology.describe().subtopologies()) {
                for (TopologyDescription.Node node : sub.nodes()) {
                    if (node instanceof TopologyDescription.Source source && source.topicSet() != null) {
                        source.topicSet().forEach(t -> subtopologyOf.put(external.contains(t) ? t : group + "-" + t,
                                sub.id()));
                    }
                    if (node instanceof TopologyDescription.Processor p && !p.stores().isEmpty()) {
                        stateful.add(sub.id());
                    }
                }
            }
            return new Stage(name, group, List.copyOf(subtopologyOf.keySet()), subtopologyOf, stateful, dedupeTopic);
        }

        /** Member client id (without Streams' thread suffix) to its assigned partitions; empty while rebalancing. */
        Map<String, Set<TopicPartition>> assignment() {
            try (Admin admin = Admin.create(client())) {
                ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
                if (d.groupState() != GroupState.STABLE) return Map.of();
                Map<String, Set<TopicPartition>> out = new TreeMap<>();
                for (MemberDescription m : d.members()) {
                    String instance = m.clientId().replaceFirst("-StreamThread-\\d+-consumer$", "");
                    out.computeIfAbsent(instance, k -> new java.util.HashSet<>())
                            .addAll(m.assignment().topicPartitions());
                }
                return out;
            } catch (ExecutionException e) {
                return Map.of();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        Set<TopicPartition> allPartitions() {
            Set<TopicPartition> out = new java.util.HashSet<>();
            try (Admin admin = Admin.create(client())) {
                admin.describeTopics(sourceTopics).allTopicNames().get().forEach((t, d) -> d.partitions()
                        .forEach(p -> out.add(new TopicPartition(t, p.partition()))));
            } catch (ExecutionException e) {
                return Set.of();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return out;
        }

        /** The stateful tasks the instance runs as active, from the partitions it is assigned. */
        Set<String> statefulTasks(Map<String, Set<TopicPartition>> share, Instance instance) {
            return share.getOrDefault(instance.clientId(), Set.of()).stream()
                    .filter(tp -> statefulSubtopologies.contains(subtopologyOf.get(tp.topic())))
                    .map(tp -> subtopologyOf.get(tp.topic()) + "_" + tp.partition())
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        /** True when one member, the given instance, holds every partition of every source topic. */
        boolean ownedAllBy(Map<String, Set<TopicPartition>> share, Instance instance) {
            return share.keySet().equals(Set.of(instance.clientId()))
                    && share.get(instance.clientId()).equals(allPartitions());
        }

        /** The group's committed offsets on a topic, summed over its partitions. */
        long committed(String topic) {
            return committed(tp -> tp.topic().equals(topic));
        }

        /** The group's committed offsets on these partitions, summed. */
        long committed(Set<TopicPartition> partitions) {
            return committed(partitions::contains);
        }

        private long committed(Predicate<TopicPartition> which) {
            try (Admin admin = Admin.create(client())) {
                return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet()
                        .stream().filter(e -> which.test(e.getKey()) && e.getValue() != null)
                        .mapToLong(e -> e.getValue().offset()).sum();
            } catch (ExecutionException e) {
                return 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** One instance of a stage: a child JVM with its own client id, state directory and metrics port. */
    record Instance(String stageName, String clientId, int metricsPort, StageProcess process) implements AutoCloseable {

        static Instance start(Stage stage, String letter, Map<String, String> settings) {
            String clientId = stage.group() + "-" + letter;
            int port = StageProcess.freePort();
            Map<String, String> s = new HashMap<>(settings);
            s.put("kafka.client.id", clientId);
            s.put("newsagg." + stage.name() + ".state-dir", work.resolve(clientId).toString());
            s.put(stage.name().equals("streams") ? "newsagg.streams.http-port" : "newsagg.sink.metrics-port",
                    Integer.toString(port));
            return new Instance(stage.name(), clientId, port,
                    StageProcess.start(stage.name(), broker.bootstrapServers(), s, "scaleout-" + clientId + ".log"));
        }

        /** Standby tasks this JVM holds, as its /metrics reports them ({@code newsagg_tasks}); -1 before it serves. */
        long standbyTasks() {
            return Math.round(PrometheusScrape.of(metricsPort)
                    .value("newsagg_tasks{kind=\"standby\",stage=\"" + stageName + "\"}"));
        }

        @Override
        public void close() throws InterruptedException {
            process.close();
        }
    }

    /** What a run wrote: tagged and duplicates sorted by their JSON, dead-letter keys, the compacted aggregates. */
    record Outputs(List<String> tagged, List<String> taggedIds, List<String> duplicates, List<String> duplicateIds,
            List<String> deadLetterKeys, Map<String, Aggregate> aggregates) {

        static Outputs read(Settings settings) {
            Topics t = Topics.from(settings);
            Duration timeout = Duration.ofSeconds(60);
            List<ConsumerRecord<String, TaggedArticle>> tagged = TopicSnapshot.readAll(client(), t.tagged(),
                    NewsSerdes.tagged(), timeout);
            List<ConsumerRecord<String, org.newsagg.model.DuplicateArticle>> duplicates = TopicSnapshot.readAll(
                    client(), t.duplicates(), NewsSerdes.duplicate(), timeout);
            return new Outputs(
                    tagged.stream().map(r -> json(r.value())).sorted().toList(),
                    tagged.stream().map(r -> r.value().article().id()).sorted().toList(),
                    duplicates.stream().map(r -> json(r.value())).sorted().toList(),
                    duplicates.stream().map(r -> r.value().article().id()).sorted().toList(),
                    TopicSnapshot.readAll(client(), t.dlq(), new ByteArrayDeserializer(), timeout).stream()
                            .map(ConsumerRecord::key).sorted().toList(),
                    TopicSnapshot.latestByKey(client(), t.aggregates(), NewsSerdes.aggregate(), timeout));
        }

        static String json(Object value) {
            try {
                return Json.MAPPER.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
