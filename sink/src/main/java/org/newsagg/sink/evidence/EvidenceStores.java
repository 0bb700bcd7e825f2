package org.newsagg.sink.evidence;

import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
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
        return new LocalEvidence(groupKey -> {
            int partition = partitionOf(streams, groupKey);
            return new LocalEvidence.TaskStores(store(streams, EvidenceRecorder.LISTS, partition),
                    store(streams, EvidenceRecorder.ARTICLES, partition));
        }, windows, dimensions);
    }

    /** The by-key partition of a group key, whose task keeps its lists and their articles. */
    private static int partitionOf(KafkaStreams streams, String groupKey) {
        KeyQueryMetadata md = streams.queryMetadataForKey(EvidenceRecorder.LISTS, groupKey,
                Serdes.String().serializer());
        if (md == null || KeyQueryMetadata.NOT_AVAILABLE.equals(md)) {
            throw new QueryUnavailableException("no task holds " + groupKey + " in " + EvidenceRecorder.LISTS
                    + " right now (rebalancing?)");
        }
        return md.partition();
    }

    /** The store of one task: the whole instance's would answer an article's body from any task's copy. */
    private static <V> ReadOnlyWindowStore<String, V> store(KafkaStreams streams, String name, int partition) {
        try {
            return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>windowStore())
                    .withPartition(partition));
        } catch (InvalidStateStoreException e) {
            throw new QueryUnavailableException("store " + name + " (partition " + partition
                    + ") is not queryable here right now: " + e.getMessage(), e);
        }
    }
}
