package org.newsagg.streams;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.newsagg.runtime.DeletedInputGuard;
import org.newsagg.runtime.StreamsApplication;

/** The streams stage as a running application: the topology on Kafka Streams, started and closed. */
public final class StreamsStage implements AutoCloseable {

    private final StreamsStageConfig config;
    private final StreamsApplication application;

    public StreamsStage(StreamsStageConfig config, MeterRegistry registry) {
        this.config = config;
        Topology topology = DedupeAndTagTopology.build(config, new StageMetrics(registry));
        this.application = new StreamsApplication(config.stage(), topology, List.of(config.stage().topics().raw()),
                config.stage().streamsProperties());
    }

    /**
     * Starts the stage once the raw topic is known to fit the topology: built for a one-partition raw topic, the
     * dedupe task reads it directly, and a raw topic with more partitions would split dedupe over several tasks,
     * each blind to the copies arriving on the others. Refuses to start, too, when retention deleted raw records
     * before the stage read them, unless the stage's policy says to skip them ({@link DeletedInputGuard}).
     */
    public StreamsStage start() {
        if (config.rawPartitions() == 1) {
            int actual = rawPartitions();
            if (actual > 1) {
                throw new IllegalStateException("topic " + config.stage().topics().raw() + " has " + actual
                        + " partitions but newsagg.topics.raw-partitions is 1: dedupe must see every article in one"
                        + " task, so set newsagg.topics.raw-partitions=" + actual
                        + " (the stage then gathers them into one partition first)");
            }
        }
        application.start();
        return this;
    }

    /** The raw topic's partition count, or 0 when it does not exist yet (Kafka Streams then waits for it). */
    private int rawPartitions() {
        try (Admin admin = Admin.create(config.stage().adminProperties())) {
            return admin.describeTopics(List.of(config.stage().topics().raw())).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(config.stage().topics().raw()).partitions().size();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) return 0;
            throw new IllegalStateException("cannot describe topic " + config.stage().topics().raw() + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot describe topic " + config.stage().topics().raw() + " within 30 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while describing " + config.stage().topics().raw(), e);
        }
    }

    public KafkaStreams.State state() {
        return application.streams().state();
    }

    /** Every topic this stage reads, internal repartition topics included. */
    public List<String> sourceTopics() {
        return application.sourceTopics();
    }

    public KafkaStreams streams() {
        return application.streams();
    }

    @Override
    public void close() {
        application.close();
    }
}
