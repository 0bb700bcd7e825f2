package org.newsagg.sink.query;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.newsagg.model.TaggedArticle;
import org.newsagg.model.Topics;
import org.newsagg.model.Trending;
import org.newsagg.sink.SinkConfig;
import org.newsagg.sink.SinkMetrics;
import org.newsagg.sink.aggregate.AggregateStores;
import org.newsagg.sink.aggregate.AggregateTopology;
import org.newsagg.sink.aggregate.EvidenceList;
import org.newsagg.sink.aggregate.EvidenceRecorder;
import org.newsagg.sink.evidence.EvidenceBody;
import org.newsagg.sink.evidence.LocalEvidence;
import org.newsagg.sink.aggregate.WindowAccumulator;
import org.newsagg.sink.trending.TrendingStores;
import org.newsagg.testkit.StageDrivers;

/** The whole sink topology on a TopologyTestDriver, with a read model over the driver's stores. */
public final class SinkDriver implements AutoCloseable {

    private final SinkConfig config;
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, TaggedArticle> tagged;

    public SinkDriver(Path stateDir, Map<String, String> settings) {
        Map<String, String> all = new LinkedHashMap<>(Map.of(
                "newsagg.sink.windows", "15m,1h,24h/1h",
                // The driver has one partition per topic: one join task, whose watermark is the safe one.
                "newsagg.topics.partitions", "1"));
        all.putAll(settings);
        config = SinkConfig.from(StageDrivers.settings("sink", stateDir, all));
        driver = StageDrivers.driver(AggregateTopology.build(config, SinkMetrics.noop()), config.streamsProperties(null));
        tagged = StageDrivers.input(driver, Topics.DEFAULT.taggedTopic());
    }

    public SinkConfig config() {
        return config;
    }

    public SinkDriver pipe(List<TaggedArticle> articles) {
        for (TaggedArticle t : articles) tagged.pipeInput(t.article().id(), t, t.article().published());
        return this;
    }

    public TestOutputTopic<String, Trending> trendingTopic() {
        return StageDrivers.output(driver, Topics.DEFAULT.trendingTopic());
    }

    /** The read model over this driver's stores: what one sink instance that owns every partition would answer. */
    public LocalReadModel readModel() {
        return new LocalReadModel(
                driver::<String, WindowAccumulator>getWindowStore,
                () -> driver.getKeyValueStore(NewestEventTracker.STORE),
                () -> driver.getKeyValueStore(TrendingStores.LATEST),
                () -> driver.<String, Integer>getWindowStore(AggregateStores.DISTINCT),
                () -> driver.getKeyValueStore(AggregateStores.HOPPING_OPENED),
                config.windows());
    }

    /** The evidence over this driver's stores. */
    public LocalEvidence evidence() {
        return new LocalEvidence(groupKey -> new LocalEvidence.TaskStores(
                driver.<String, EvidenceList>getWindowStore(EvidenceRecorder.LISTS),
                driver.<String, EvidenceBody>getWindowStore(EvidenceRecorder.ARTICLES)), config.windows(),
                config.evidenceDimensions());
    }

    @Override
    public void close() {
        driver.close();
    }
}
