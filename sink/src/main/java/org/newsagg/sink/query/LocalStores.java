package org.newsagg.sink.query;

import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreType;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.newsagg.model.Trending;
import org.newsagg.sink.aggregate.AggregateStores;
import org.newsagg.sink.aggregate.WindowAccumulator;
import org.newsagg.sink.aggregate.WindowSpec;
import org.newsagg.sink.trending.TrendingStores;

/** This instance's queryable stores, through Kafka Streams interactive queries. */
public final class LocalStores {

    private LocalStores() {}

    public static LocalReadModel readModel(KafkaStreams streams, List<WindowSpec> windows) {
        return new LocalReadModel(
                name -> store(streams, name, QueryableStoreTypes.<String, WindowAccumulator>windowStore()),
                () -> store(streams, NewestEventTracker.STORE, QueryableStoreTypes.<String, Long>keyValueStore()),
                () -> store(streams, TrendingStores.LATEST, QueryableStoreTypes.<String, Trending>keyValueStore()),
                () -> store(streams, AggregateStores.DISTINCT, QueryableStoreTypes.<String, Integer>windowStore()),
                () -> store(streams, AggregateStores.HOPPING_OPENED, QueryableStoreTypes.<String, Long>keyValueStore()),
                windows);
    }

    private static <T> T store(KafkaStreams streams, String name, QueryableStoreType<T> type) {
        try {
            return streams.store(StoreQueryParameters.fromNameAndType(name, type));
        } catch (InvalidStateStoreException e) {
            throw new QueryUnavailableException("store " + name + " is not queryable right now: " + e.getMessage(), e);
        }
    }
}
