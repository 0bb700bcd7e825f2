package org.newsagg.runtime;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.InvalidOffsetException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a stage does when one of its stream threads fails. A thread that lost its input position (see
 * {@link DeletedInputGuard}) would fail again at once if replaced, so the stage stops, saying why. Any other failure
 * replaces the thread, which resumes from the last committed transaction, unless the same input record has now made
 * {@link #MAX_CONSECUTIVE} threads fail in a row: a replacement would fail on it again, forever, while the stage
 * looked ready. The stage then stops, naming the record and the cause, for the operator to fix.
 */
public final class StageThreadFailures implements StreamsUncaughtExceptionHandler {

    /** Thread failures in a row on one input record after which the stage stops instead of replacing the thread. */
    public static final int MAX_CONSECUTIVE = 3;

    private static final Logger log = LoggerFactory.getLogger(StageThreadFailures.class);

    /** How Kafka Streams names the record a task failed on: "... topic=t, partition=0, offset=12, ...". */
    private static final Pattern POSITION = Pattern.compile("topic=([^,\\s]+), partition=(\\d+), offset=(\\d+)");

    private final String stage;
    private final String policyKey;
    private String lastKey;
    private int consecutive;

    /**
     * @param stage     the stage's name, for messages
     * @param policyKey the setting of the stage's {@link DeletedInputGuard.Policy}, for messages
     */
    public StageThreadFailures(String stage, String policyKey) {
        this.stage = stage;
        this.policyKey = policyKey;
    }

    @Override
    public synchronized StreamThreadExceptionResponse handle(Throwable failure) {
        Optional<InvalidOffsetException> lost = DeletedInputGuard.deletedPosition(failure);
        if (lost.isPresent()) {
            log.error(DeletedInputGuard.describeRunning(stage, policyKey, lost.get()));
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        WriteFailures.Failure at = failedRecord(failure).orElse(null);
        String position = at == null ? null : at.position();
        String cause = at == null ? rootCause(failure) : at.cause();
        // The cause's class, not its message: messages name the thread, which a replacement changes.
        String key = position + "|" + rootCauseClass(failure);
        consecutive = key.equals(lastKey) ? consecutive + 1 : 1;
        lastKey = key;
        if (position != null && consecutive >= MAX_CONSECUTIVE) {
            log.error(describeStuck(stage, position, consecutive, cause));
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        log.error("{} stage thread failed ({} in a row on {}), replacing it: {}", stage, consecutive,
                position == null ? "an unknown record" : position, failure.toString());
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }

    /**
     * The input record the failure is about: the one Kafka Streams names in the failure, else the one whose result
     * the broker refused since the previous failure ({@link WriteFailures}): that refusal is what failed the thread.
     */
    Optional<WriteFailures.Failure> failedRecord(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            Matcher m = t.getMessage() == null ? null : POSITION.matcher(t.getMessage());
            if (m != null && m.find()) {
                return Optional.of(new WriteFailures.Failure(m.group(1), Integer.parseInt(m.group(2)),
                        Long.parseLong(m.group(3)), rootCause(failure)));
            }
        }
        return WriteFailures.take(stage);
    }

    /** What an operator reads when a stage stops over one record: one line, the record, the cause, what to do. */
    static String describeStuck(String stage, String position, int failures, String cause) {
        return "the " + stage + " stage stops: the record at " + position + " failed " + failures
                + " stream threads in a row: " + (cause.endsWith(".") ? cause.substring(0, cause.length() - 1) : cause)
                + ". Fix the cause and restart: the stage resumes at that"
                + " record (docs/operations.md)";
    }

    static String rootCause(Throwable failure) {
        return root(failure).toString();
    }

    private static String rootCauseClass(Throwable failure) {
        return root(failure).getClass().getName();
    }

    private static Throwable root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root;
    }
}
