package org.newsagg.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;

/**
 * What both Streams stages do around their topology: Kafka Streams on it with the stage's thread-failure handling,
 * the topics it reads (internal ones included), the deleted-input check before it starts, and a close that leaves
 * the consumer group at once.
 */
public final class StreamsApplication implements AutoCloseable {

    private final StageSettings settings;
    private final KafkaStreams streams;
    private final List<String> inputTopics;
    private final List<String> sourceTopics;

    /**
     * @param inputTopics the topics other processes write that this stage reads: the ones retention can overtake
     * @param properties  the Streams properties, {@link StageSettings#streamsProperties()} plus the stage's own
     */
    public StreamsApplication(StageSettings settings, Topology topology, List<String> inputTopics,
            Properties properties) {
        this.settings = settings;
        this.inputTopics = List.copyOf(inputTopics);
        this.sourceTopics = SourceTopics.of(topology, settings.applicationId(), inputTopics);
        this.streams = new KafkaStreams(topology, properties);
        streams.setUncaughtExceptionHandler(new StageThreadFailures(settings.stage(), settings.onDeletedInputKey()));
    }

    /**
     * Starts Kafka Streams once the broker has answered for the stage's offsets: refuses to start when retention
     * deleted input records before the stage read them, unless the stage's policy says to skip them
     * ({@link DeletedInputGuard}).
     */
    public void start() {
        DeletedInputGuard.beforeStart(settings.adminProperties(), settings.applicationId(), inputTopics,
                settings.onDeletedInput(), settings.stage(), settings.onDeletedInputKey());
        streams.start();
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** Every topic this stage reads, internal repartition topics included. */
    public List<String> sourceTopics() {
        return sourceTopics;
    }

    @Override
    public void close() {
        // Leaving at once hands this instance's tasks to the others now, not after the session timeout, and
        // leaves the group empty for DeletedInputGuard when this was the last instance.
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
    }
}
