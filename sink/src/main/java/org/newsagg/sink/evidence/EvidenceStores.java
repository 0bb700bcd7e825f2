package org.newsagg.sink.evidence;

import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.newsagg.sink.aggregate.EvidenceRecorder;
import org.newsagg.sink.aggregate.WindowSpec;
import org.newsagg.sink.query.QueryUnavailableException;

/** This instance's evidence stores, through Kafka Streams interactive queries. */
public final class EvidenceStores {

    private EvidenceStores() {}

    public static LocalEvidence local(KafkaStreams streams, List<WindowSpec> windows, List<String> dimensions) {
        return new LocalEvidence(() -> store(streams, EvidenceRecorder.LISTS),
                () -> store(streams, EvidenceRecorder.ARTICLES), windows, dimensions);
    }

    private static <V> ReadOnlyWindowStore<String, V> store(KafkaStreams streams, String name) {
        try {
            return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>windowStore()));
        } catch (InvalidStateStoreException e) {
            throw new QueryUnavailableException("store " + name + " is not queryable right now: " + e.getMessage(), e);
        }
    }
}
