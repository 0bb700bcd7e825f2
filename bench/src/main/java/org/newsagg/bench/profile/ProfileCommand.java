package org.newsagg.bench.profile;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "Where threads spent their time in a JFR recording, by part of the work (record cache, "
                + "RocksDB, producer sends, JSON, OpenNLP, tagging, dedupe, evidence, aggregates...): the profile "
                + "tables of docs/benchmarks.md. Record a bench run with NEWSAGG_JAVA_OPTS=\"-XX:StartFlightRecording="
                + "filename=run.jfr,settings=profile\" ./newsagg bench ..., then: newsagg profile run.jfr")
public final class ProfileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RECORDING", description = "A JFR recording (.jfr).")
    Path recording;

    @Option(names = "--threads", defaultValue = "StreamThread",
            description = "Regular expression found in the names of the threads to show (default: ${DEFAULT-VALUE}, "
                    + "the stages' stream threads).")
    String threads;

    @Option(names = "--min-share", defaultValue = "0.005",
            description = "Groups below this share of a thread's samples are summed in one line (default: ${DEFAULT-VALUE}).")
    double minShare;

    @Option(names = "--min-samples", defaultValue = "50",
            description = "Threads with fewer samples are left out (default: ${DEFAULT-VALUE}).")
    int minSamples;

    @Option(names = "--callers", defaultValue = "0",
            description = "Under each group, its N largest callers: the project's method nearest the leaf (which "
                    + "processor's store reads the RocksDB samples are, whose JSON...) (default: ${DEFAULT-VALUE}).")
    int callers;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(recording)) {
            throw new ParameterException(spec.commandLine(), "no such recording: " + recording);
        }
        List<ThreadSamples> profile = JfrThreadProfile.read(recording, Pattern.compile(threads),
                SampleGroups.STAGE_THREADS);
        print(profile, minSamples, minShare, callers, System.out);
        return profile.isEmpty() ? 1 : 0;
    }

    /** The table each thread gets: its samples, then each group's share and samples. */
    static void print(List<ThreadSamples> profile, int minSamples, double minShare, int callers, PrintStream out) {
        if (profile.isEmpty()) {
            out.println("no samples of a matching thread (was the recording made with execution sampling on?)");
            return;
        }
        for (ThreadSamples t : profile) {
            if (t.weighted() < minSamples) continue;
            out.printf("%n%s: %.0f samples%n", t.thread(), t.weighted());
            double small = 0;
            for (Map.Entry<String, Double> g : t.byGroup().entrySet()) {
                double share = g.getValue() / t.weighted();
                if (share < minShare) {
                    small += g.getValue();
                } else {
                    out.printf("  %-60s %6.1f%% %8.0f%n", g.getKey(), share * 100, g.getValue());
                    t.callers().getOrDefault(g.getKey(), Map.of()).entrySet().stream().limit(callers).forEach(c ->
                            out.printf("      %-56s %6.1f%% %8.0f%n", c.getKey(), c.getValue() / t.weighted() * 100,
                                    c.getValue()));
                }
            }
            if (small > 0) {
                out.printf("  %-60s %6.1f%% %8.0f%n", "groups under " + minShare * 100 + "% each", small / t.weighted() * 100,
                        small);
            }
        }
    }
}
