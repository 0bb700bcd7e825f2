package org.newsagg.sink.trending;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.newsagg.model.Topic;
import org.newsagg.model.Trending;
import org.newsagg.runtime.StreamsTopics;
import org.newsagg.sink.SinkConfig;
import org.newsagg.sink.aggregate.Contribution;
import org.newsagg.sink.aggregate.ContributionSerde;

/**
 * The trending branch of the sink topology: the aggregator's contributions, articles only (copies show spread, not
 * attention), re-keyed by dimension so one task ranks a whole dimension, then ranked each minute of event time.
 */
public final class TrendingBranch {

    public static final String BY_DIMENSION = "by-dimension";

    private TrendingBranch() {}

    public static void attach(StreamsBuilder builder, KStream<String, Contribution> contributions, SinkConfig config) {
        TrendingConfig trending = config.trending();
        Topic<Trending> out = config.stage().topics().trendingTopic();
        TrendingStores.all(config.grace()).forEach(builder::addStateStore);
        contributions
                .filter((k, c) -> !c.copy() && trending.dimensions().contains(c.dimension()), Named.as("trending-keys"))
                .selectKey((k, c) -> c.dimension(), Named.as("key-by-dimension"))
                .repartition(Repartitioned.with(Serdes.String(), new ContributionSerde())
                        .withName(BY_DIMENSION))
                .process(() -> new TrendingRanker(trending), Named.as("trending-ranker"),
                        TrendingStores.COUNTS, TrendingStores.RUNNING, TrendingStores.LATEST)
                .to(out.name(), StreamsTopics.produced(out, "trending"));
    }
}
