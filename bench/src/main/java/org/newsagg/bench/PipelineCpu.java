package org.newsagg.bench;

import java.util.Map;

/**
 * Where a pipeline phase's CPU went, in milliseconds per article, split by thread: each stage's stream threads (which
 * run its topology), both stages' other threads (their clients' network I/O, state updaters), the broker's threads
 * when the bench started the broker in this process, and the whole process (GC, JIT and the bench's own producer
 * included).
 *
 * @param streamsStreamThreads the streams stage's stream threads
 * @param sinkStreamThreads    the sink's stream threads
 * @param stageOtherThreads    every other thread named after either stage's application id
 * @param broker               the broker's threads; null when the broker is not this process's (a cluster given with
 *                             {@code -b}, or a test's broker)
 * @param process              the whole process
 */
public record PipelineCpu(double streamsStreamThreads, double sinkStreamThreads, double stageOtherThreads,
        Double broker, double process) {

    /**
     * Splits the CPU from {@code before} to {@code after} among the phase's threads.
     *
     * @param brokerThreads the thread group the broker was started in, or null when it was not started here
     */
    public static PipelineCpu between(ThreadCpu before, ThreadCpu after, PhaseLayout layout,
            ThreadGroup brokerThreads, long articles) {
        String streams = layout.streamsApplicationId();
        String sink = layout.sinkApplicationId();
        long streamsNanos = 0;
        long sinkNanos = 0;
        long otherNanos = 0;
        long brokerNanos = 0;
        for (Map.Entry<Long, ThreadCpu.Sample> e : after.since(before).entrySet()) {
            ThreadCpu.Sample s = e.getValue();
            String name = s.name();
            if (isStreamThread(name, streams)) streamsNanos += s.cpuNanos();
            else if (isStreamThread(name, sink)) sinkNanos += s.cpuNanos();
            else if (name.contains(streams) || name.contains(sink)) otherNanos += s.cpuNanos();
            else if (brokerThreads != null && s.group() != null && brokerThreads.parentOf(s.group())) {
                brokerNanos += s.cpuNanos();
            }
        }
        return new PipelineCpu(ms(streamsNanos, articles), ms(sinkNanos, articles), ms(otherNanos, articles),
                brokerThreads == null ? null : ms(brokerNanos, articles),
                before.processNanos() < 0 ? -1 : ms(after.processNanos() - before.processNanos(), articles));
    }

    /** Kafka Streams names its stream threads {@code <application id>-<process id>-StreamThread-<n>}. */
    static boolean isStreamThread(String threadName, String applicationId) {
        return threadName.startsWith(applicationId + "-") && threadName.matches(".*-StreamThread-\\d+");
    }

    private static double ms(long nanos, long articles) {
        return articles == 0 ? 0 : nanos / 1e6 / articles;
    }
}
