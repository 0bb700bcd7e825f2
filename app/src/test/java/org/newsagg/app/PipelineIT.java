package org.newsagg.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.app.demo.DemoPipeline;
import org.newsagg.app.demo.SampleFeeds;
import org.newsagg.cluster.TopicSnapshot;
import org.newsagg.model.Aggregate;
import org.newsagg.model.DeadLetters;
import org.newsagg.model.DuplicateArticle;
import org.newsagg.model.NewsSerdes;
import org.newsagg.model.Settings;
import org.newsagg.model.TaggedArticle;
import org.newsagg.model.Topics;
import org.newsagg.testkit.EmbeddedBroker;
import org.newsagg.testkit.IsolatedRun;

/**
 * The whole pipeline on a real broker: the bundled samples replayed through ingest, streams and sink, and every
 * output compared with facts computed independently from the sample files and their manifest.
 */
class PipelineIT {

    @RegisterExtension
    static final EmbeddedBroker kafka = new EmbeddedBroker();

    @TempDir
    static Path work;

    static Settings run(String name) {
        return IsolatedRun.settings(kafka.broker(), name);
    }

    static <V> List<V> values(DemoPipeline p, String topic, org.apache.kafka.common.serialization.Deserializer<V> d) {
        return TopicSnapshot.readAll(p.clientProperties(), topic, d, Duration.ofSeconds(30)).stream()
                .map(ConsumerRecord::value).toList();
    }

    @Test
    void replayingTheSamplesYieldsEachArticleOnceEachCopyAsADuplicateAndExactOutletCounts() throws Exception {
        Settings settings = run("samples");
        Topics topics = Topics.from(settings);
        try (DemoPipeline pipeline = DemoPipeline.start(settings, work.resolve("samples-state"),
                new SimpleMeterRegistry(), null)) {
            var replay = pipeline.replay(SampleFeeds.extractTo(work.resolve("samples-feeds")));
            assertEquals(SampleFeedFacts.allItems().size(), replay.articles());
            pipeline.awaitDrained(Duration.ofMinutes(2));

            // Nothing dead-lettered (checked first: a dead letter's reason explains any other difference).
            List<String> letters = TopicSnapshot.readAll(pipeline.clientProperties(), topics.dlq(),
                    new ByteArrayDeserializer(), Duration.ofSeconds(30)).stream()
                    .map(r -> DeadLetters.header(r.headers(), DeadLetters.REASON) + ": "
                            + DeadLetters.header(r.headers(), DeadLetters.ERROR)).toList();
            assertEquals(List.of(), letters);

            // Tagged: exactly the distinct articles, each once.
            Map<String, SampleFeedFacts.Item> expected = SampleFeedFacts.distinctArticles();
            List<TaggedArticle> tagged = values(pipeline, topics.tagged(), NewsSerdes.tagged());
            assertEquals(expected.keySet(), tagged.stream().map(t -> t.article().url()).collect(Collectors.toSet()));
            assertEquals(expected.size(), tagged.size());
            Map<String, String> linkById = tagged.stream()
                    .collect(Collectors.toMap(t -> t.article().id(), t -> t.article().url()));

            // Duplicates: every re-poll as exact, every syndicated copy as near with its original.
            List<DuplicateArticle> dups = values(pipeline, topics.duplicates(), NewsSerdes.duplicate());
            int repolls = SampleFeedFacts.allItems().size() - expected.size() - SampleFeedFacts.copyLinks().size();
            assertEquals(repolls, dups.stream().filter(d -> d.verdict().equals(DuplicateArticle.EXACT)).count(),
                    () -> dups.stream().map(d -> d.verdict() + " " + d.article().url() + " of " + d.duplicateOf())
                            .collect(Collectors.joining("\n")));
            Map<String, String> nearToOriginal = dups.stream().filter(d -> d.verdict().equals(DuplicateArticle.NEAR))
                    .collect(Collectors.toMap(d -> d.article().url(), d -> linkById.get(d.duplicateOf())));
            assertEquals(SampleFeedFacts.NEAR_COPIES, nearToOriginal);

            // Outlet aggregates per day, computed from the files: articles, syndicated copies and sources.
            Map<String, long[]> expectedOutlets = expectedOutletDays(expected);
            Map<String, Aggregate> aggregates = pipeline.aggregates();
            Map<String, long[]> actualOutlets = new TreeMap<>();
            aggregates.values().stream().filter(a -> a.dimension().equals("outlet") && a.window().equals("1d"))
                    .forEach(a -> actualOutlets.put(a.key() + "|" + a.windowStart(),
                            new long[] {a.articles(), a.syndicated(), a.sources()}));
            assertEquals(render(expectedOutlets), render(actualOutlets));
        }
    }

    /** outlet|day -> {articles, syndicated copies from other outlets, distinct outlets carrying them}. */
    static Map<String, long[]> expectedOutletDays(Map<String, SampleFeedFacts.Item> articles) throws Exception {
        Map<String, long[]> out = new TreeMap<>();
        Map<String, Set<String>> sources = new HashMap<>();
        for (var a : articles.values()) {
            String key = a.outlet() + "|" + SampleFeedFacts.day(a.published());
            out.computeIfAbsent(key, k -> new long[3])[0]++;
            sources.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(a.outlet());
        }
        Map<String, SampleFeedFacts.Item> byLink = SampleFeedFacts.allItems().stream()
                .collect(Collectors.toMap(SampleFeedFacts.Item::link, Function.identity(), (x, y) -> x));
        for (var copy : SampleFeedFacts.NEAR_COPIES.entrySet()) {
            var original = articles.get(copy.getValue());
            String key = original.outlet() + "|" + SampleFeedFacts.day(original.published());
            out.get(key)[1]++;
            sources.get(key).add(byLink.get(copy.getKey()).outlet());
        }
        sources.forEach((k, v) -> out.get(k)[2] = v.size());
        return out;
    }

    static String render(Map<String, long[]> m) {
        return m.entrySet().stream().map(e -> e.getKey() + "=" + java.util.Arrays.toString(e.getValue()))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void replayingTheSameArchiveTwiceChangesNoAggregate() throws Exception {
        Settings settings = run("twice");
        try (DemoPipeline pipeline = DemoPipeline.start(settings, work.resolve("twice-state"),
                new SimpleMeterRegistry(), null)) {
            List<Path> feeds = SampleFeeds.extractTo(work.resolve("twice-feeds"));
            pipeline.replay(feeds);
            pipeline.awaitDrained(Duration.ofMinutes(2));
            Map<String, Aggregate> first = pipeline.aggregates();
            int tagged = values(pipeline, Topics.from(settings).tagged(), NewsSerdes.tagged()).size();

            pipeline.replay(feeds);
            pipeline.awaitDrained(Duration.ofMinutes(2));
            // The raw topic holds the same records twice over: same keys, values and timestamps, in the same order.
            List<String> raw = TopicSnapshot.readAll(pipeline.clientProperties(), Topics.from(settings).raw(),
                    new org.apache.kafka.common.serialization.StringDeserializer(), Duration.ofSeconds(30)).stream()
                    .map(r -> r.key() + " " + r.timestamp() + " " + r.value()).toList();
            assertEquals(2 * SampleFeedFacts.allItems().size(), raw.size());
            assertEquals(raw.subList(0, raw.size() / 2), raw.subList(raw.size() / 2, raw.size()));
            assertEquals(first, pipeline.aggregates());
            assertEquals(tagged, values(pipeline, Topics.from(settings).tagged(), NewsSerdes.tagged()).size());
            assertTrue(first.size() > 0);
        }
    }
}
