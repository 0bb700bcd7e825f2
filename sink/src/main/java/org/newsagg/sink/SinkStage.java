package org.newsagg.sink;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.HostInfo;
import org.newsagg.runtime.DeletedInputGuard;
import org.newsagg.runtime.ListenAddress;
import org.newsagg.runtime.StreamsApplication;
import org.newsagg.sink.aggregate.AggregateTopology;
import org.newsagg.sink.evidence.EvidenceStores;
import org.newsagg.sink.evidence.RoutingEvidence;
import org.newsagg.sink.query.AggregateReadModel;
import org.newsagg.sink.query.CachedReadModel;
import org.newsagg.sink.query.LocalStores;
import org.newsagg.sink.query.RoutingReadModel;
import org.newsagg.sink.web.SinkWebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink stage as a running application: the aggregate topology on Kafka Streams, and its HTTP server (query
 * API, live page) unless {@code newsagg.sink.http-port} is -1.
 */
public final class SinkStage implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SinkStage.class);
    /** How long a top-N answer is reused: well under the live page's poll interval. */
    private static final Duration ANSWER_TTL = Duration.ofSeconds(2);

    private final SinkConfig config;
    private final StreamsApplication application;
    private final KafkaStreams streams;
    // The HTTP side: null when disabled.
    private final SinkWebServer web;
    private final AggregateReadModel readModel;
    // host:port other instances reach this one's API at
    private final String advertised;

    /**
     * Binds the HTTP port first, so that the port it got (the configured one, or a free one for 0) is what Kafka
     * Streams advertises to the other instances as {@code application.server}.
     *
     * @param applicationServer host:port to advertise instead of {@code advertisedHost:boundPort}, or null
     */
    public SinkStage(SinkConfig config, MeterRegistry registry, String applicationServer) {
        this.config = config;
        this.web = config.httpPort() >= 0 ? SinkWebServer.bind(new ListenAddress(config.bindAddress(),
                "newsagg.sink.bind-address", config.httpPort(), "newsagg.sink.http-port")) : null;
        String advertised = applicationServer != null ? applicationServer
                : web != null ? config.advertisedHost() + ":" + web.port() : null;
        Topology topology = AggregateTopology.build(config, new SinkMetrics(registry));
        try {
            this.application = new StreamsApplication(config.stage(), topology,
                    List.of(config.stage().topics().tagged(), config.stage().topics().duplicates()),
                    config.streamsProperties(advertised));
        } catch (RuntimeException e) {
            if (web != null) web.close();
            throw e;
        }
        this.streams = application.streams();
        this.advertised = advertised;
        this.readModel = web == null ? null : new CachedReadModel(
                RoutingReadModel.over(streams, HostInfo.buildFromEndpoint(advertised), config.windows()), ANSWER_TTL);
    }

    /**
     * Starts answering HTTP (health at once, readiness once Kafka Streams runs), then Kafka Streams, once the broker
     * has answered for the sink's offsets: it refuses to start when retention deleted tagged or duplicate records
     * before the sink read them, unless the sink's policy says to skip them ({@link DeletedInputGuard}).
     */
    public SinkStage start() {
        if (web != null) {
            web.serve(readModel, LocalStores.readModel(streams, config.windows()),
                    RoutingEvidence.over(streams, HostInfo.buildFromEndpoint(advertised), config.windows(),
                            config.evidenceDimensions()),
                    EvidenceStores.local(streams, config.windows(), config.evidenceDimensions()), config.windows(),
                    config.trending().dimensions(), () -> streams.state().name());
            log.info("sink API and live page on port {}", web.port());
        }
        application.start();
        return this;
    }

    /** Every topic this stage reads, internal repartition topics included. */
    public List<String> sourceTopics() {
        return application.sourceTopics();
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** The port the HTTP server is bound to; empty when it is disabled. */
    public Optional<Integer> httpPort() {
        return web == null ? Optional.empty() : Optional.of(web.port());
    }

    /** The whole application's aggregates, as the API answers them; empty when HTTP is disabled. */
    public Optional<AggregateReadModel> readModel() {
        return Optional.ofNullable(readModel);
    }

    @Override
    public void close() {
        if (web != null) web.close();
        application.close();
    }
}
