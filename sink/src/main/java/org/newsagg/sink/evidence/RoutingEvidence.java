package org.newsagg.sink.evidence;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;
import org.newsagg.sink.aggregate.EvidenceRecorder;
import org.newsagg.sink.aggregate.WindowSpec;
import org.newsagg.sink.query.InstanceDirectory;
import org.newsagg.sink.query.QueryUnavailableException;

/**
 * The whole application's evidence: a key's lists live with its windows, in the by-key task that owns
 * {@code dimension|key}; asked locally, or of that instance's {@code /api/local/evidence}.
 */
public final class RoutingEvidence implements EvidenceReadModel {

    private final InstanceDirectory directory;
    private final HostInfo self;
    private final EvidenceReadModel local;
    private final Function<HostInfo, EvidenceReadModel> peers;

    public RoutingEvidence(InstanceDirectory directory, HostInfo self, EvidenceReadModel local,
            Function<HostInfo, EvidenceReadModel> peers) {
        this.directory = directory;
        this.self = self;
        this.local = local;
        this.peers = peers;
    }

    /** Over a running Kafka Streams application whose {@code application.server} is {@code self}. */
    public static RoutingEvidence over(KafkaStreams streams, HostInfo self, List<WindowSpec> windows,
            List<String> dimensions) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        return new RoutingEvidence(InstanceDirectory.of(streams), self,
                EvidenceStores.local(streams, windows, dimensions),
                host -> new PeerEvidence(host, http));
    }

    /** Every instance runs with the same settings, so this one's answer is the application's. */
    @Override
    public boolean keeps(String dimension) {
        return local.keeps(dimension);
    }

    @Override
    public List<EvidenceArticle> evidence(String dimension, String key, String window, Instant windowStart) {
        String groupKey = dimension + "|" + key;
        HostInfo owner = directory.ownerOf(EvidenceRecorder.LISTS, groupKey)
                .orElseThrow(() -> new QueryUnavailableException("no instance owns " + groupKey + " in "
                        + EvidenceRecorder.LISTS + " right now (rebalancing?)"));
        return (owner.equals(self) ? local : peers.apply(owner)).evidence(dimension, key, window, windowStart);
    }
}
