package org.newsagg.sink;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.newsagg.sink.aggregate.AggregateTopology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The sink stage as a running application: the aggregate topology on Kafka Streams. */
public final class SinkStage implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SinkStage.class);

    private final KafkaStreams streams;

    public SinkStage(SinkConfig config, MeterRegistry registry, String applicationServer) {
        this.streams = new KafkaStreams(AggregateTopology.build(config, new SinkMetrics(registry)),
                config.streamsProperties(applicationServer));
        streams.setUncaughtExceptionHandler(e -> {
            log.error("sink stage thread failed, replacing it: {}", e.toString());
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    }

    public SinkStage start() {
        streams.start();
        return this;
    }

    public KafkaStreams streams() {
        return streams;
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
    }
}
