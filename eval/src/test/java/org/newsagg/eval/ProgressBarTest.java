package org.newsagg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final StringWriter terminal = new StringWriter();
    private final PrintWriter writer = new PrintWriter(terminal);

    @Test
    void redrawsInPlaceAndWipesItselfAtTheTotal() {
        ProgressBar bar = ProgressBar.on(writer, "eval feeds", 4, "files");
        bar.accept(0);
        bar.accept(1);
        bar.accept(2);
        bar.accept(4);
        String full = "eval feeds [##############################] 100% 4/4 files";
        assertEquals(""
                + "\reval feeds [..............................]   0% 0/4 files"
                + "\reval feeds [#######.......................]  25% 1/4 files"
                + "\reval feeds [###############...............]  50% 2/4 files"
                + "\r" + full
                + "\r" + " ".repeat(full.length()) + "\r", terminal.toString());
    }

    @Test
    void drawsOnlyWhenThePercentChanges() {
        ProgressBar bar = ProgressBar.on(writer, "eval tags", 1000, "sentences");
        bar.accept(1);
        bar.accept(2);
        bar.accept(9);
        bar.accept(10);
        assertEquals(""
                + "\reval tags [..............................]   0% 1/1000 sentences"
                + "\reval tags [..............................]   1% 10/1000 sentences", terminal.toString());
    }

    @Test
    void finishWipesOnceAndLaterUpdatesDrawNothing() {
        ProgressBar bar = ProgressBar.on(writer, "x", 2, "articles");
        bar.accept(1);
        bar.finish();
        bar.finish();
        bar.accept(2);
        String half = "x [###############...............]  50% 1/2 articles";
        assertEquals("\r" + half + "\r" + " ".repeat(half.length()) + "\r", terminal.toString());
    }

    @Test
    void countsBeyondTheTotalAreShownAsTheTotal() {
        ProgressBar bar = ProgressBar.on(writer, "x", 2, "files");
        bar.accept(5);
        String full = "x [##############################] 100% 2/2 files";
        assertEquals("\r" + full + "\r" + " ".repeat(full.length()) + "\r", terminal.toString());
    }

    @Test
    void nothingIsDrawnForAnEmptyCorpusNorWhenOff() {
        ProgressBar empty = ProgressBar.on(writer, "x", 0, "files");
        empty.accept(0);
        empty.finish();
        ProgressBar off = ProgressBar.off();
        off.accept(1);
        off.finish();
        assertEquals("", terminal.toString());
    }
}
