package org.newsagg.streams;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.newsagg.model.SourceTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The streams stage as a running application: the topology on Kafka Streams, started and closed. */
public final class StreamsStage implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StreamsStage.class);

    private final KafkaStreams streams;
    private final List<String> sourceTopics;

    public StreamsStage(StreamsStageConfig config, MeterRegistry registry) {
        Topology topology = DedupeAndTagTopology.build(config, new StageMetrics(registry));
        this.sourceTopics = SourceTopics.of(topology, config.applicationId(), List.of(config.topics().raw()));
        this.streams = new KafkaStreams(topology, config.streamsProperties());
        streams.setUncaughtExceptionHandler(e -> {
            log.error("streams stage thread failed, replacing it: {}", e.toString());
            return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse
                    .REPLACE_THREAD;
        });
    }

    public StreamsStage start() {
        streams.start();
        return this;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Every topic this stage reads, internal repartition topics included. */
    public List<String> sourceTopics() {
        return sourceTopics;
    }

    public KafkaStreams streams() {
        return streams;
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
    }
}
