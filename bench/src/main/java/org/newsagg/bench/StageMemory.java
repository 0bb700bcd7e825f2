package org.newsagg.bench;

/**
 * Memory of one stage JVM after a memory run, in MB.
 *
 * @param peakHeapUsedMb  highest heap in use seen while sampling (garbage included)
 * @param liveHeapMb      heap in use right after a full collection at the end: what the stage really retains
 * @param heapCommittedMb heap the JVM had reserved at the end
 * @param heapMaxMb       the stage's -Xmx
 * @param rssMb           resident set at the end (VmRSS)
 * @param peakRssMb       peak resident set (VmHWM)
 * @param survived        the JVM was still running at the end (no OutOfMemoryError)
 */
public record StageMemory(String stage, double peakHeapUsedMb, double liveHeapMb, double heapCommittedMb,
        double heapMaxMb, double rssMb, double peakRssMb, boolean survived) {}
