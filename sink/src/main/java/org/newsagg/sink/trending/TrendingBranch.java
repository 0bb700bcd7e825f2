package org.newsagg.sink.trending;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.newsagg.model.Topic;
import org.newsagg.model.Trending;
import org.newsagg.runtime.StoreKind;
import org.newsagg.runtime.StreamsTopics;
import org.newsagg.sink.SinkConfig;
import org.newsagg.sink.aggregate.Contribution;
import org.newsagg.sink.aggregate.ContributionBatch;
import org.newsagg.sink.aggregate.ContributionBatchSerde;

/**
 * The trending branch of the sink topology: the aggregator's contributions, articles only (copies show spread, not
 * attention), re-keyed by dimension so one task ranks a whole dimension, then ranked each minute of event time.
 * An article's contributions of one dimension in one by-key batch cross the {@code by-dimension} topic as one record.
 */
public final class TrendingBranch {

    public static final String BY_DIMENSION = "by-dimension";

    private TrendingBranch() {}

    public static void attach(StreamsBuilder builder, KStream<String, ContributionBatch> contributions,
            SinkConfig config, StoreKind stores) {
        TrendingConfig trending = config.trending();
        Topic<Trending> out = config.stage().topics().trendingTopic();
        TrendingStores.all(config.grace(), stores).forEach(builder::addStateStore);
        contributions
                .filter((k, b) -> !b.copy(), Named.as("trending-articles"))
                .flatMap((k, b) -> byDimension(b, trending.dimensions()), Named.as("key-by-dimension"))
                .repartition(Repartitioned.with(Serdes.String(), new ContributionBatchSerde())
                        .withName(BY_DIMENSION))
                .process(() -> new TrendingRanker(trending), Named.as("trending-ranker"),
                        TrendingStores.COUNTS, TrendingStores.RUNNING, TrendingStores.LATEST)
                .to(out.name(), StreamsTopics.produced(out, "trending"));
    }

    /** The batch's contributions of each ranked dimension, as one batch keyed by the dimension. */
    static List<KeyValue<String, ContributionBatch>> byDimension(ContributionBatch batch, List<String> dimensions) {
        Map<String, List<Contribution>> by = new LinkedHashMap<>();
        for (Contribution c : batch.contributions()) {
            if (dimensions.contains(c.dimension())) by.computeIfAbsent(c.dimension(), d -> new ArrayList<>()).add(c);
        }
        List<KeyValue<String, ContributionBatch>> out = new ArrayList<>(by.size());
        by.forEach((d, cs) -> out.add(KeyValue.pair(d, new ContributionBatch(cs))));
        return out;
    }
}
