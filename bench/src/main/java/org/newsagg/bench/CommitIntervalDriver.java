package org.newsagg.bench;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.processor.internals.StreamTask;

/**
 * A {@link TopologyTestDriver} whose task commits as a stream thread does: when the stage's commit interval has
 * passed, or after as many records as a stream thread's commits covered in a pipeline run, not after every record. The driver on its own commits after each record it processes: every commit
 * flushes the record caches (the sink then publishes every window change instead of the newest per commit, and the
 * dedupe terms' cache combines nothing) and commits every RocksDB store, which made a first reference run slower
 * than the pipeline with a broker (docs/benchmarks.md).
 *
 * <p>Records go into the driver's one task as the driver queues them, the task processes them with the same calls the
 * driver makes, and at each commit the driver's own commit runs and what the task produced is captured: records to
 * internal topics go back into the task then, as a stage under exactly-once reads its repartition topics only after
 * the transaction that wrote them commits. Why reflection: the driver keeps its task and these steps private, and
 * Kafka Streams has no other way to run a topology's task without a broker. {@code InProcessReferenceRunTest} fails
 * if a Kafka upgrade changes them.
 */
final class CommitIntervalDriver implements AutoCloseable {

    private final TopologyTestDriver driver;
    private final StreamTask task;
    private final Time wallClock;
    private final Method enqueue;
    private final Method partition;
    private final Method commit;
    private final Method capture;
    private final long intervalNanos;
    private final boolean exactlyOnce;
    private final double recordsPerCommit;
    private long lastCommit = System.nanoTime();
    private long commits;
    private long piped;

    /**
     * @param exactlyOnce      the stage's guarantee, which decides whether a commit also checkpoints the stores
     * @param recordsPerCommit commit after this many input records on average instead of at the commit interval
     *                         (the cadence a pipeline run's stage had); 0 for the commit interval
     */
    CommitIntervalDriver(TopologyTestDriver driver, Duration commitInterval, boolean exactlyOnce,
            double recordsPerCommit) {
        this.driver = driver;
        this.intervalNanos = commitInterval.toNanos();
        this.exactlyOnce = exactlyOnce;
        this.recordsPerCommit = recordsPerCommit;
        try {
            this.task = (StreamTask) field("task").get(driver);
            this.wallClock = (Time) field("mockWallClockTime").get(driver);
            this.enqueue = method("enqueueTaskRecord", String.class, TopicPartition.class, long.class, byte[].class,
                    byte[].class, Headers.class);
            this.partition = method("getInputTopicOrPatternPartition", String.class);
            this.commit = method("commit", Map.class);
            this.capture = method("captureOutputsAndReEnqueueInternalResults");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this Kafka Streams' TopologyTestDriver is not the one the bench was built"
                    + " for: " + e, e);
        }
        if (task == null) throw new IllegalStateException("the topology has no task to drive");
    }

    TopologyTestDriver driver() {
        return driver;
    }

    /** One input record, processed at once; true when a commit followed, and the outputs are there to read. */
    boolean pipe(String topic, byte[] key, byte[] value, Headers headers, long timestamp) {
        invoke(enqueue, topic, invoke(partition, topic), timestamp, key, value, headers);
        piped++;
        processQueued();
        boolean due = recordsPerCommit > 0 ? piped >= Math.round((commits + 1) * recordsPerCommit)
                : System.nanoTime() - lastCommit >= intervalNanos;
        if (!due) return false;
        commit();
        return true;
    }

    /** Commits until everything queued, internal topics' records included, has been processed and committed. */
    void finish() {
        while (true) {
            commit();
            if (!task.hasRecordsQueued()) return;
            processQueued();
        }
    }

    private void processQueued() {
        task.updateLags();
        long now = wallClock.milliseconds();
        while (task.hasRecordsQueued() && task.isProcessable(now)) {
            task.process(now);
            task.maybePunctuateStreamTime();
        }
    }

    /**
     * The driver's own commit sequence (flush the caches, commit, capture what was produced), with a stream thread's
     * checkpoint rule: under exactly-once a regular commit leaves the stores uncheckpointed, at-least-once
     * checkpoints them. The driver forces a checkpoint of every store at every commit.
     */
    private void commit() {
        invoke(commit, task.prepareCommit(true));
        task.postCommit(!exactlyOnce);
        invoke(capture);
        lastCommit = System.nanoTime();
        commits++;
    }

    /** Commits so far. */
    long commits() {
        return commits;
    }

    @Override
    public void close() {
        driver.close();
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field f = TopologyTestDriver.class.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    private static Method method(String name, Class<?>... parameters) throws NoSuchMethodException {
        Method m = TopologyTestDriver.class.getDeclaredMethod(name, parameters);
        m.setAccessible(true);
        return m;
    }

    private Object invoke(Method m, Object... args) {
        try {
            return m.invoke(driver, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
