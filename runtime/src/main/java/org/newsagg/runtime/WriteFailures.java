package org.newsagg.runtime;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The input record each stage of this process last could not write a result for, noted by
 * {@link DeadLetterProductionHandler} and read by {@link StageThreadFailures}: a stream thread's failure after a
 * refused write (a transaction the broker made abort) does not say which input record caused it.
 *
 * <p>Static because Kafka Streams creates the handler itself, from its class name; keyed by stage so that the two
 * stages of one JVM (tests, the demo) do not mix.
 */
final class WriteFailures {

    /** An input record whose result could not be written, and why. */
    record Failure(String topic, int partition, long offset, String cause) {
        String position() {
            return topic + "-" + partition + " offset " + offset;
        }
    }

    private static final Map<String, Failure> LAST = new ConcurrentHashMap<>();

    private WriteFailures() {}

    static void note(String stage, String topic, int partition, long offset, String cause) {
        if (topic != null) LAST.put(stage, new Failure(topic, partition, offset, cause));
    }

    /**
     * The refusal noted since the last call, taken: each thread failure must follow a refusal of its own, so that one
     * old refusal is never blamed for later failures with other causes.
     */
    static Optional<Failure> take(String stage) {
        return Optional.ofNullable(LAST.remove(stage));
    }

    static void clear(String stage) {
        LAST.remove(stage);
    }
}
