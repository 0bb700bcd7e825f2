package org.newsagg.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --progress} / {@code --no-progress} of every {@code eval} subcommand; by default, only on a terminal. */
final class ProgressOption {

    private static final Path STDERR_LINK = Path.of("/proc/self/fd/2");

    @Option(names = "--progress", negatable = true,
            description = "Draw a progress bar on stderr (default: only when stderr is a terminal).")
    Boolean progress;

    ProgressBar bar(PrintWriter err, String label, int total, String unit) {
        boolean show = progress != null ? progress : stderrIsTerminal();
        return show ? ProgressBar.on(err, label, total, unit) : ProgressBar.off();
    }

    /**
     * On Java 17, System.console() is null only when stdin or stdout is redirected, not stderr: where Linux says
     * where stderr goes, a redirected stderr ({@code 2>log}) is taken as no terminal too.
     */
    static boolean stderrIsTerminal() {
        if (System.console() == null) return false;
        try {
            if (!Files.isSymbolicLink(STDERR_LINK)) return true;
            String target = Files.readSymbolicLink(STDERR_LINK).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return true;
        }
    }
}
