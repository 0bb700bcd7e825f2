package org.newsagg.eval;

import java.io.PrintWriter;
import java.util.function.IntConsumer;

/**
 * The progress bar an {@code eval} draws on a terminal's stderr while it reads a corpus: one line redrawn in place
 * with a carriage return, and wiped once the work is done so the table that follows starts on a clean line. It is
 * drawn only when a percent changes, so a corpus of any size costs at most a hundred redraws.
 */
public final class ProgressBar implements IntConsumer {

    static final int WIDTH = 30;

    private final PrintWriter terminal;
    private final String label;
    private final int total;
    private final String unit;
    private int shownPercent = -1;
    private int shownLength;
    private boolean finished;

    private ProgressBar(PrintWriter terminal, String label, int total, String unit) {
        this.terminal = terminal;
        this.label = label;
        this.total = total;
        this.unit = unit;
    }

    /** A bar of {@code total} {@code unit}s (files, articles...) drawn on {@code terminal}. */
    public static ProgressBar on(PrintWriter terminal, String label, int total, String unit) {
        return new ProgressBar(terminal, label, total, unit);
    }

    /** A bar that draws nothing: for pipes, files and CI logs, where carriage returns only leave clutter. */
    public static ProgressBar off() {
        return new ProgressBar(null, "", 0, "");
    }

    /** {@code done} of the total are done; reaching the total wipes the bar. */
    @Override
    public void accept(int done) {
        if (terminal == null || finished || total <= 0) return;
        int clamped = Math.max(0, Math.min(done, total));
        int percent = (int) (100L * clamped / total);
        if (percent != shownPercent) {
            String line = render(clamped, percent);
            terminal.print("\r" + line);
            terminal.flush();
            shownPercent = percent;
            shownLength = line.length();
        }
        if (clamped == total) finish();
    }

    /** Wipes the bar if one is shown; safe to call more than once, and on failure paths. */
    public void finish() {
        if (terminal == null || finished) return;
        finished = true;
        if (shownLength > 0) {
            terminal.print("\r" + " ".repeat(shownLength) + "\r");
            terminal.flush();
        }
    }

    private String render(int done, int percent) {
        int filled = (int) ((long) WIDTH * done / total);
        return String.format("%s [%s%s] %3d%% %d/%d %s",
                label, "#".repeat(filled), ".".repeat(WIDTH - filled), percent, done, total, unit);
    }
}
