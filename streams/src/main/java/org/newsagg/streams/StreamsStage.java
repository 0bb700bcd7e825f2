package org.newsagg.streams;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The streams stage as a running application: the topology on Kafka Streams, started and closed. */
public final class StreamsStage implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StreamsStage.class);

    private final KafkaStreams streams;

    public StreamsStage(StreamsStageConfig config, MeterRegistry registry) {
        this.streams = new KafkaStreams(DedupeAndTagTopology.build(config, new StageMetrics(registry)),
                config.streamsProperties());
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

    public KafkaStreams streams() {
        return streams;
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
    }
}
