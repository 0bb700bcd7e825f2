package org.newsagg.streams.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.model.Article;
import org.newsagg.runtime.StoreKind;
import org.newsagg.testkit.SyntheticArticles;

/** The contract over the topology's real RocksDB stores, opened by a TopologyTestDriver. */
class TaskDedupeStoreTest extends DedupeStoreContract {

    @TempDir
    Path stateDir;

    final List<TopologyTestDriver> drivers = new ArrayList<>();

    @AfterEach
    void close() {
        drivers.forEach(TopologyTestDriver::close);
    }

    @Override
    DedupeStore newStore(Duration retention) {
        return open(retention, newDriver(retention));
    }

    TopologyTestDriver newDriver(Duration retention) {
        Topology topology = new Topology();
        topology.addSource("in", Serdes.String().deserializer(), Serdes.String().deserializer(), "in");
        topology.addProcessor("dedupe", NoOp::new, "in");
        for (var builder : TaskDedupeStore.storeBuilders(retention, StoreKind.ROCKS_DB)) topology.addStateStore(builder, "dedupe");
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "dedupe-store-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        TopologyTestDriver driver = new TopologyTestDriver(topology, props);
        drivers.add(driver);
        return driver;
    }

    /** The stores need a processor to belong to; the test drives them directly. */
    static final class NoOp implements Processor<String, String, Void, Void> {
        @Override
        public void process(Record<String, String> record) {}
    }

    static TaskDedupeStore open(Duration retention, TopologyTestDriver driver) {
        return new TaskDedupeStore(driver.getWindowStore(TaskDedupeStore.ARTICLES),
                driver.getWindowStore(TaskDedupeStore.POSTINGS), driver.getKeyValueStore(TaskDedupeStore.TERMS),
                retention);
    }

    @Test
    void aStoreReopenedOnTheSameStateKnowsItsStreamTime() {
        TopologyTestDriver driver = newDriver(RETENTION);
        TaskDedupeStore first = open(RETENTION, driver);
        first.post("k", "old", T0);
        first.post("k", "new", T0.plus(Duration.ofDays(8)));
        // A new instance, as after a restart: stream time comes from the store, so "old" stays hidden.
        TaskDedupeStore reopened = open(RETENTION, driver);
        assertEquals(List.of("new"), reopened.postings("k", 10).stream().map(DedupeStore.Posting::id).toList());
    }

    /**
     * The decoded newest postings a task keeps answer every read as the store does: checked against a store opened
     * fresh on the same state (no cached postings, as after a restart) after each of 3,000 writes and reads, with
     * postings out of order, of the same timestamp, and falling out of the retention.
     */
    @Test
    void cachedPostingsAnswerAsTheStoreDoes() {
        TopologyTestDriver driver = newDriver(RETENTION);
        TaskDedupeStore store = open(RETENTION, driver);
        java.util.Random random = new java.util.Random(7);
        long day = Duration.ofDays(1).toMillis();
        int[] limits = {3, 5, 40};
        for (int i = 0; i < 3000; i++) {
            String key = "k" + random.nextInt(6);
            // Mostly forward in time, some a few minutes back, some more than the retention back; whole minutes,
            // so that many share a timestamp.
            long at = T0.toEpochMilli() + i / 10 * 60_000L - (random.nextInt(10) == 0 ? random.nextInt(9) * day : 0)
                    - random.nextInt(4) * 60_000L;
            store.post(key, "a" + i, java.time.Instant.ofEpochMilli(at));
            String read = "k" + random.nextInt(6);
            int limit = limits[random.nextInt(limits.length)];
            assertEquals(open(RETENTION, driver).postings(read, limit), store.postings(read, limit),
                    "read " + read + " after write " + i);
        }
    }

    @Test
    void sweepDeletesOnlyTermCountsNoReadCanSee() {
        TopologyTestDriver driver = newDriver(RETENTION);
        TaskDedupeStore store = open(RETENTION, driver);
        store.countDocument("quake", T0);
        store.countDocument("flood", T0.plus(Duration.ofDays(2)));
        store.countDocument("storm", T0.plus(Duration.ofDays(9)));
        assertEquals(1, store.sweep());
        assertEquals(null, driver.getKeyValueStore(TaskDedupeStore.TERMS).get("quake"));
        assertEquals(1, store.documentFrequency("flood"));
        assertEquals(1, store.documentFrequency("storm"));
    }

    @Test
    void theDeduplicatorDecidesTheSameOverStateStoresAsInMemory() {
        List<Article> articles = SyntheticArticles.withCopies(400, 1500, 7);
        Deduplicator inMemory = new Deduplicator(DedupeSettings.defaults());
        Deduplicator overStores = new Deduplicator(DedupeSettings.defaults());
        DedupeStore memory = new InMemoryDedupeStore(DedupeSettings.defaults().retention());
        DedupeStore stores = newStore(DedupeSettings.defaults().retention());
        int copies = 0;
        for (Article a : articles) {
            DedupeDecision expected = inMemory.decide(a, memory);
            assertEquals(expected, overStores.decide(a, stores), a.id());
            if (expected.isDuplicate()) copies++;
        }
        // Every copy the generator made (a byline added, the last tenth cut) is found, over either store.
        long made = articles.stream().filter(a -> a.text().startsWith("By A. Writer")).count();
        assertEquals(made, copies);
    }
}
