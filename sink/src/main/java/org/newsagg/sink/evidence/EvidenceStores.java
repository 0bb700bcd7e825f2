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

/** This instance's evidence store, through Kafka Streams interactive queries. */
public final class EvidenceStores {

    private EvidenceStores() {}

    public static LocalEvidence local(KafkaStreams streams, List<WindowSpec> windows, List<String> dimensions) {
        return new LocalEvidence(() -> store(streams), windows, dimensions);
    }

    private static ReadOnlyWindowStore<String, EvidenceArticle> store(KafkaStreams streams) {
        try {
            return streams.store(StoreQueryParameters.fromNameAndType(EvidenceRecorder.STORE,
                    QueryableStoreTypes.<String, EvidenceArticle>windowStore()));
        } catch (InvalidStateStoreException e) {
            throw new QueryUnavailableException("store " + EvidenceRecorder.STORE + " is not queryable right now: "
                    + e.getMessage(), e);
        }
    }
}
