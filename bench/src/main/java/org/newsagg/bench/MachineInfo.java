package org.newsagg.bench;

import java.lang.management.ManagementFactory;

/** The machine a benchmark ran on, so that its numbers can be compared with another run's. */
public record MachineInfo(int cores, long memoryMb, String javaVersion, String javaVm, String os, double loadAverage) {

    public static MachineInfo now() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long memory = os instanceof com.sun.management.OperatingSystemMXBean sun
                ? sun.getTotalMemorySize() / 1024 / 1024 : -1;
        return new MachineInfo(Runtime.getRuntime().availableProcessors(), memory,
                System.getProperty("java.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                os.getSystemLoadAverage());
    }

    /** The 1-minute load average now: other builds on a shared machine show here. */
    public static double loadAverageNow() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
