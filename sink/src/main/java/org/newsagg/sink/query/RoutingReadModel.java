package org.newsagg.sink.query;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;
import org.newsagg.model.Aggregate;
import org.newsagg.model.Trending;
import org.newsagg.sink.aggregate.AggregateStores;
import org.newsagg.sink.aggregate.WindowSpec;
import org.newsagg.sink.trending.TrendingStores;

/**
 * The whole application's state, whichever instance is asked: one key's question goes to the instance that owns the
 * key, a top-N or newest question to every instance, merged. Answers from this instance come from its stores;
 * others are asked over HTTP.
 */
public final class RoutingReadModel implements AggregateReadModel {

    private final InstanceDirectory directory;
    private final HostInfo self;
    private final AggregateReadModel local;
    private final Function<HostInfo, AggregateReadModel> peers;
    private final WindowFamilies families;

    public RoutingReadModel(InstanceDirectory directory, HostInfo self, AggregateReadModel local,
            Function<HostInfo, AggregateReadModel> peers, List<WindowSpec> windows) {
        this.directory = directory;
        this.self = self;
        this.local = local;
        this.peers = peers;
        this.families = new WindowFamilies(windows);
    }

    /** Over a running Kafka Streams application whose {@code application.server} is {@code self}. */
    public static RoutingReadModel over(KafkaStreams streams, HostInfo self, List<WindowSpec> windows) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        WindowFamilies families = new WindowFamilies(windows);
        return new RoutingReadModel(InstanceDirectory.of(streams), self, LocalStores.readModel(streams, windows),
                host -> new PeerReadModel(host, http, families), windows);
    }

    @Override
    public List<Aggregate> windows(String dimension, String key, String window, Instant from, Instant to) {
        WindowSpec spec = families.byName(window);
        // The aggregator's input is partitioned by dimension|key, the key of every family's store.
        return at(owner(AggregateStores.aggregates(spec), dimension + "|" + key)).windows(dimension, key, window, from, to);
    }

    @Override
    public List<Aggregate> top(String dimension, String window, Instant windowStart, int n) {
        WindowSpec spec = families.byName(window);
        List<Aggregate> all = new ArrayList<>();
        for (HostInfo host : everyInstance(AggregateStores.aggregates(spec))) {
            all.addAll(at(host).top(dimension, window, windowStart, n));
        }
        return TopRanking.best(all.stream(), n);
    }

    @Override
    public Optional<Instant> newestEvent() {
        Optional<Instant> newest = Optional.empty();
        for (HostInfo host : everyInstance(NewestEventTracker.STORE)) {
            Optional<Instant> there = at(host).newestEvent();
            if (there.isPresent() && (newest.isEmpty() || there.get().isAfter(newest.get()))) newest = there;
        }
        return newest;
    }

    @Override
    public Optional<Instant> latestWindowStart(String window) {
        families.byName(window);
        return newestEvent().map(t -> families.currentStart(window, t));
    }

    @Override
    public Optional<Trending> trending(String dimension) {
        return at(owner(TrendingStores.LATEST, dimension)).trending(dimension);
    }

    private HostInfo owner(String store, String key) {
        return directory.ownerOf(store, key).orElseThrow(() -> new QueryUnavailableException(
                "no instance owns " + key + " in " + store + " right now (rebalancing?)"));
    }

    private List<HostInfo> everyInstance(String store) {
        List<HostInfo> hosts = directory.instancesWith(store);
        if (hosts.isEmpty()) throw new QueryUnavailableException("no instance holds " + store + " yet (starting?)");
        return hosts;
    }

    private AggregateReadModel at(HostInfo host) {
        return host.equals(self) ? local : peers.apply(host);
    }
}
