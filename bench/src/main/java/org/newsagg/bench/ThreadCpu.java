package org.newsagg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time of every live thread of this JVM at one moment, and of the process as a whole: two of them, taken at
 * a phase's start and end, split the phase's CPU between the threads that did it. The stages run in this JVM, and so
 * does the broker when the bench started it, so one process holds every thread that works for the pipeline.
 *
 * @param threads      by thread id: name, group and CPU nanoseconds so far
 * @param processNanos the whole process's CPU so far, the JVM's own threads (GC, JIT) included
 */
public record ThreadCpu(Map<Long, Sample> threads, long processNanos) {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public record Sample(String name, ThreadGroup group, long cpuNanos) {}

    public static ThreadCpu now() {
        Map<Long, Sample> out = new HashMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            long cpu = THREADS.getThreadCpuTime(t.getId());
            // -1: the thread ended between the listing and the question.
            if (cpu >= 0) out.put(t.getId(), new Sample(t.getName(), t.getThreadGroup(), cpu));
        }
        long process = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
        return new ThreadCpu(Map.copyOf(out), process);
    }

    /**
     * Each thread's CPU from {@code before} to this snapshot: threads started since count from zero. Threads that
     * ended in between are not in this snapshot, and their CPU is lost; the stages' threads live for the whole phase.
     */
    public Map<Long, Sample> since(ThreadCpu before) {
        Map<Long, Sample> out = new HashMap<>();
        threads.forEach((id, s) -> {
            Sample b = before.threads.get(id);
            long base = b != null && b.name().equals(s.name()) ? b.cpuNanos() : 0;
            out.put(id, new Sample(s.name(), s.group(), s.cpuNanos() - base));
        });
        return out;
    }
}
