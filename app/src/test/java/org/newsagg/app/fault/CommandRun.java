package org.newsagg.app.fault;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsagg.app.NewsaggCommand;

/**
 * One {@code newsagg} command run in this JVM, as a user would type it, with what it printed to stderr and how long it
 * took.
 *
 * @param err everything written to stderr while it ran
 */
record CommandRun(int code, String err, Duration took) {

    /** Runs {@code args} with each setting as {@code -D key=value}, capturing stderr. */
    static CommandRun execute(List<String> args, Map<String, String> settings) {
        List<String> all = new ArrayList<>(args);
        settings.forEach((k, v) -> {
            all.add("-D");
            all.add(k + "=" + v);
        });
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        long start = System.nanoTime();
        try {
            int code = NewsaggCommand.commandLine().execute(all.toArray(String[]::new));
            return new CommandRun(code, err.toString(StandardCharsets.UTF_8), Duration.ofNanos(System.nanoTime() - start));
        } finally {
            System.setErr(original);
        }
    }

    /** What the command printed to stderr, without the lines of the logs (the test JVM's broker logs there too). */
    String printed() {
        return err.lines().filter(l -> !l.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*")).collect(Collectors.joining("\n"));
    }
}
