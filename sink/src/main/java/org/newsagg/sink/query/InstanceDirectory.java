package org.newsagg.sink.query;

import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.StreamsMetadata;

/** Which sink instance holds what: Kafka Streams' metadata, behind an interface so routing can be tested without a broker. */
public interface InstanceDirectory {

    /** The instance whose active task holds {@code key} of {@code store}; empty while a rebalance decides. */
    Optional<HostInfo> ownerOf(String store, String key);

    /** Every instance with a task of {@code store}. */
    List<HostInfo> instancesWith(String store);

    static InstanceDirectory of(KafkaStreams streams) {
        return new InstanceDirectory() {
            @Override
            public Optional<HostInfo> ownerOf(String store, String key) {
                KeyQueryMetadata md = streams.queryMetadataForKey(store, key, Serdes.String().serializer());
                if (md == null || KeyQueryMetadata.NOT_AVAILABLE.equals(md)) return Optional.empty();
                return Optional.of(md.activeHost());
            }

            @Override
            public List<HostInfo> instancesWith(String store) {
                return streams.metadataForAllStreamsClients().stream()
                        .filter(m -> m.stateStoreNames().contains(store))
                        .map(StreamsMetadata::hostInfo)
                        .distinct()
                        .toList();
            }
        };
    }
}
