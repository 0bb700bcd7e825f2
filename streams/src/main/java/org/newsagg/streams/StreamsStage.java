package org.newsagg.streams;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.newsagg.runtime.DeletedInputGuard;
import org.newsagg.runtime.SourceTopics;
import org.newsagg.runtime.StageThreadFailures;

/** The streams stage as a running application: the topology on Kafka Streams, started and closed. */
public final class StreamsStage implements AutoCloseable {

    private final StreamsStageConfig config;
    private final KafkaStreams streams;
    private final List<String> sourceTopics;

    public StreamsStage(StreamsStageConfig config, MeterRegistry registry) {
        this.config = config;
        Topology topology = DedupeAndTagTopology.build(config, new StageMetrics(registry));
        this.sourceTopics = SourceTopics.of(topology, config.applicationId(), List.of(config.topics().raw()));
        this.streams = new KafkaStreams(topology, config.streamsProperties());
        streams.setUncaughtExceptionHandler(
                new StageThreadFailures(StreamsStageConfig.STAGE, StreamsStageConfig.ON_DELETED_INPUT));
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
                throw new IllegalStateException("topic " + config.topics().raw() + " has " + actual
                        + " partitions but newsagg.topics.raw-partitions is 1: dedupe must see every article in one"
                        + " task, so set newsagg.topics.raw-partitions=" + actual
                        + " (the stage then gathers them into one partition first)");
            }
        }
        DeletedInputGuard.beforeStart(adminProperties(), config.applicationId(), List.of(config.topics().raw()),
                config.onDeletedInput(), StreamsStageConfig.STAGE, StreamsStageConfig.ON_DELETED_INPUT);
        streams.start();
        return this;
    }

    /** The raw topic's partition count, or 0 when it does not exist yet (Kafka Streams then waits for it). */
    private int rawPartitions() {
        try (Admin admin = Admin.create(adminProperties())) {
            return admin.describeTopics(List.of(config.topics().raw())).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(config.topics().raw()).partitions().size();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) return 0;
            throw new IllegalStateException("cannot describe topic " + config.topics().raw() + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot describe topic " + config.topics().raw() + " within 30 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while describing " + config.topics().raw(), e);
        }
    }

    private Map<String, Object> adminProperties() {
        Map<String, Object> props = new HashMap<>(config.kafka());
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        return props;
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
        // Leaving at once hands this instance's tasks to the others now, not after the session timeout, and
        // leaves the group empty for DeletedInputGuard when this was the last instance.
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
    }
}
