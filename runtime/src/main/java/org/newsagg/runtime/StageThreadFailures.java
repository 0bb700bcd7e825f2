package org.newsagg.runtime;

import java.util.Optional;
import org.apache.kafka.clients.consumer.InvalidOffsetException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a stage does when one of its stream threads fails. A thread that lost its input position (see
 * {@link DeletedInputGuard}) would fail again at once if replaced, so the stage stops, saying why; any other failure
 * replaces the thread, which resumes from the last committed transaction.
 */
public final class StageThreadFailures implements StreamsUncaughtExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(StageThreadFailures.class);

    private final String stage;
    private final String policyKey;

    /**
     * @param stage     the stage's name, for messages
     * @param policyKey the setting of the stage's {@link DeletedInputGuard.Policy}, for messages
     */
    public StageThreadFailures(String stage, String policyKey) {
        this.stage = stage;
        this.policyKey = policyKey;
    }

    @Override
    public StreamThreadExceptionResponse handle(Throwable failure) {
        Optional<InvalidOffsetException> lost = DeletedInputGuard.deletedPosition(failure);
        if (lost.isPresent()) {
            log.error(DeletedInputGuard.describeRunning(stage, policyKey, lost.get()));
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        log.error("{} stage thread failed, replacing it: {}", stage, failure.toString());
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }
}
