package org.newsagg.sink.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.model.Aggregate;
import org.newsagg.model.DuplicateArticle;
import org.newsagg.model.TaggedArticle;
import org.newsagg.model.Topics;
import org.newsagg.sink.SinkConfig;
import org.newsagg.testkit.StageDrivers;

/**
 * With {@code emit=update}, each commit publishes every window changed since the previous one, once, with its newest
 * value, and no other ({@link WindowChangesAtCommit}). The test driver commits after each record it processes, the
 * internal topics' included, so here a commit follows each by-key batch; on a broker a commit takes every batch of
 * its interval (50 ms), and a catch-up's many changes to a busy window leave as one record (docs/benchmarks.md).
 */
class CommitCoalescingTest {

    @TempDir
    Path stateDir;

    TopologyTestDriver driver;
    TestInputTopic<String, TaggedArticle> tagged;
    TestInputTopic<String, DuplicateArticle> duplicates;
    TestOutputTopic<String, Aggregate> aggregates;

    void start(Map<String, String> settings) {
        SinkConfig config = SinkTopologyDrivers.config(stateDir, settings);
        driver = SinkTopologyDrivers.driver(config);
        tagged = StageDrivers.input(driver, Topics.DEFAULT.taggedTopic());
        duplicates = StageDrivers.input(driver, Topics.DEFAULT.duplicatesTopic());
        aggregates = StageDrivers.output(driver, Topics.DEFAULT.aggregatesTopic());
    }

    @AfterEach
    void stop() {
        if (driver != null) driver.close();
    }

    /** Each aggregate key published since the last call, with how many times. */
    Map<String, Long> published() {
        return aggregates.readKeyValuesToList().stream()
                .collect(Collectors.groupingBy(kv -> kv.key, TreeMap::new, Collectors.counting()));
    }

    @Test
    void eachCommitPublishesTheWindowsChangedSinceThePreviousOneOnceWithTheirNewestValues() {
        start(Map.of());
        DuplicateArticle copy = new DuplicateArticle(AggregateTopologyTest.article("c1", "courier",
                "2025-03-10T08:06:00Z"), "near", "a1", 0.9, "s1", "gazette", Instant.parse("2025-03-10T08:06:00Z"));
        duplicates.pipeInput("c1", copy, copy.article().published());
        assertEquals(Map.of(), published(), "the copy waits for its original: nothing changed");

        // The original comes and releases the copy: two batches (two commits), each adding to every window of the
        // original's keys.
        TaggedArticle a1 = AggregateTopologyTest.accuse("a1", "gazette", "s1", "2025-03-10T08:05:00Z");
        tagged.pipeInput("a1", a1, a1.article().published());
        List<KeyValue<String, Aggregate>> first = aggregates.readKeyValuesToList();
        List<String> keys = List.of("actor|USAGOV", "actor|RUSMIL", "country|USA", "country|RUS", "event|112",
                "eventRoot|11", "plover|ACCUSE", "dyad|USAGOV|11|RUSMIL", "outlet|gazette");
        Map<String, Long> expected = new TreeMap<>();
        for (String k : keys) {
            expected.put(k + "|15m|2025-03-10T08:00:00Z", 2L);
            expected.put(k + "|1h|2025-03-10T08:00:00Z", 2L);
            expected.put(k + "|24h|2025-03-09T09:00:00Z", 2L); // the last 24 hours, opened by a1's hour
        }
        assertEquals(expected, first.stream().collect(Collectors.groupingBy(kv -> kv.key, TreeMap::new,
                Collectors.counting())), "one record per window and commit");
        assertEquals(List.of(1L, 1L, 1L, 0L), List.of(first.get(0).value.articles(), first.get(0).value.stories(),
                first.get(0).value.sources(), first.get(0).value.syndicated()), first.get(0).key + ": the original");
        Map<String, Aggregate> newest = new TreeMap<>();
        first.forEach(kv -> newest.put(kv.key, kv.value));
        for (var kv : newest.entrySet()) {
            Aggregate a = kv.getValue();
            assertEquals(List.of(1L, 1L, 2L, 1L), List.of(a.articles(), a.stories(), a.sources(), a.syndicated()),
                    kv.getKey() + ": the newest value, the copy included");
            assertEquals(Instant.parse("2025-03-10T08:05:00Z"), a.lastSeen());
        }

        // The next commit publishes only what its record changed: a2's keys, in its windows.
        TaggedArticle a2 = AggregateTopologyTest.accuse("a2", "ledger", "s2", "2025-03-10T08:20:00Z");
        tagged.pipeInput("a2", a2, a2.article().published());
        Map<String, Long> second = new TreeMap<>();
        for (String k : keys) {
            String key = k.equals("outlet|gazette") ? "outlet|ledger" : k;
            second.put(key + "|15m|2025-03-10T08:15:00Z", 1L);
            second.put(key + "|1h|2025-03-10T08:00:00Z", 1L);
            second.put(key + "|24h|2025-03-09T09:00:00Z", 1L);
        }
        assertEquals(second, published());
    }
}
