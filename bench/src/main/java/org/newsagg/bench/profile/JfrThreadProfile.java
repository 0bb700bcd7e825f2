package org.newsagg.bench.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jdk.jfr.EventType;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the threads of a JFR recording spent their time, by {@link SampleGroups}: the profile tables of
 * docs/benchmarks.md from a recording of a bench run ({@code newsagg profile}).
 *
 * <p>Two kinds of samples count. {@code jdk.ExecutionSample} samples threads running Java code. A thread inside a
 * native method is sampled by {@code jdk.NativeMethodSample} instead, whichever native method it is: RocksDB's JNI
 * calls, but also a consumer waiting in {@code epoll}. So a native sample counts only when its leaf frame is
 * RocksDB's ({@code org.rocksdb.}): that is work, the rest is waiting. The two events have their own periods (10 and
 * 20 ms in the JDK's {@code profile} settings), read from the recording; a native sample weighs its period over the
 * Java samples', so that both estimate time on the same scale.
 */
public final class JfrThreadProfile {

    private static final String EXECUTION = "jdk.ExecutionSample";
    private static final String NATIVE = "jdk.NativeMethodSample";

    private JfrThreadProfile() {}

    /** The threads whose names match {@code threads}, most samples first, each sorted by {@code groups}. */
    public static List<ThreadSamples> read(Path recording, Pattern threads, SampleGroups groups) throws IOException {
        Map<String, Map<String, Double>> counts = new LinkedHashMap<>();
        Map<String, Map<String, Map<String, Double>>> callers = new HashMap<>();
        Map<Long, String> typeNames = new HashMap<>();
        Map<String, Duration> periods = new HashMap<>();
        List<RecordedEvent> natives = new ArrayList<>();
        try (RecordingFile file = new RecordingFile(recording)) {
            for (EventType t : file.readEventTypes()) typeNames.put(t.getId(), t.getName());
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                String type = e.getEventType().getName();
                if (type.equals("jdk.ActiveSetting")) {
                    notePeriod(e, typeNames, periods);
                } else if (type.equals(EXECUTION)) {
                    count(e, 1.0, threads, groups, counts, callers);
                } else if (type.equals(NATIVE) && leafIsRocksDb(e.getStackTrace())) {
                    natives.add(e);
                }
            }
        }
        // Weighed after the whole file is read: the settings can come after the first samples.
        double nativeWeight = weight(periods.get(NATIVE), periods.get(EXECUTION));
        for (RecordedEvent e : natives) count(e, nativeWeight, threads, groups, counts, callers);
        List<ThreadSamples> out = new ArrayList<>();
        counts.forEach((thread, byGroup) -> {
            Map<String, Map<String, Double>> byCaller = new LinkedHashMap<>();
            callers.get(thread).forEach((group, c) -> byCaller.put(group, largestFirst(c)));
            double total = byGroup.values().stream().mapToDouble(Double::doubleValue).sum();
            out.add(new ThreadSamples(thread, total, largestFirst(byGroup), byCaller));
        });
        out.sort(Comparator.comparingDouble(ThreadSamples::weighted).reversed().thenComparing(ThreadSamples::thread));
        return out;
    }

    private static Map<String, Double> largestFirst(Map<String, Double> counts) {
        Map<String, Double> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(g -> sorted.put(g.getKey(), g.getValue()));
        return sorted;
    }

    /** A native sample's weight: its period over the Java samples' (1 when either is unknown). */
    static double weight(Duration nativePeriod, Duration javaPeriod) {
        if (nativePeriod == null || javaPeriod == null || javaPeriod.isZero()) return 1.0;
        return (double) nativePeriod.toNanos() / javaPeriod.toNanos();
    }

    private static void notePeriod(RecordedEvent e, Map<Long, String> typeNames, Map<String, Duration> periods) {
        if (!"period".equals(e.getString("name"))) return;
        String type = typeNames.get(e.getLong("id"));
        Duration period = parsePeriod(e.getString("value"));
        if (type != null && period != null) periods.put(type, period);
    }

    /** A JFR period setting: {@code "10 ms"}, {@code "1 s"}, {@code "20ms"}; null for others ({@code everyChunk}). */
    static Duration parsePeriod(String value) {
        var m = Pattern.compile("(\\d+)\\s*(ns|us|ms|s)").matcher(value.trim());
        if (!m.matches()) return null;
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ns" -> Duration.ofNanos(n);
            case "us" -> Duration.ofNanos(n * 1_000);
            case "ms" -> Duration.ofMillis(n);
            default -> Duration.ofSeconds(n);
        };
    }

    private static boolean leafIsRocksDb(RecordedStackTrace stack) {
        if (stack == null || stack.getFrames().isEmpty()) return false;
        return stack.getFrames().get(0).getMethod().getType().getName().startsWith("org.rocksdb.");
    }

    private static void count(RecordedEvent e, double weight, Pattern threads, SampleGroups groups,
            Map<String, Map<String, Double>> counts, Map<String, Map<String, Map<String, Double>>> callers) {
        RecordedThread t = e.getThread("sampledThread");
        String name = t == null ? null : t.getJavaName();
        if (name == null || !threads.matcher(name).find()) return;
        RecordedStackTrace stack = e.getStackTrace();
        List<String> classes = new ArrayList<>();
        String caller = null;
        if (stack != null) {
            for (RecordedFrame f : stack.getFrames()) {
                String c = f.getMethod().getType().getName();
                classes.add(c);
                if (caller == null && c.startsWith("org.newsagg.")) {
                    caller = c.substring(c.lastIndexOf('.') + 1) + "." + f.getMethod().getName();
                }
            }
        }
        String group = groups.classify(classes);
        counts.computeIfAbsent(name, k -> new HashMap<>()).merge(group, weight, Double::sum);
        callers.computeIfAbsent(name, k -> new HashMap<>()).computeIfAbsent(group, k -> new HashMap<>())
                .merge(caller == null ? "-" : caller, weight, Double::sum);
    }
}
