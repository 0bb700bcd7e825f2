package org.newsagg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTableTest {

    @Test
    void theMemoryRunShowsEachStageAtTheEndThenItsSeriesAgainstTheArticlesEachStageHadReached() {
        var memory = new StageMemoryRun.Result(200_000, 2820, "512m", List.of(
                new StageMemory("streams", 265, 38, 300, 512, 557, 600, true),
                new StageMemory("sink", 453, 156, 512, 512, 2045, 2100, true)), List.of(
                new StageMemoryRun.LiveHeap(60, 6_900, 5_100, 44, 150, 480, 900),
                new StageMemoryRun.LiveHeap(2820, 200_000, 200_000, 38, 156, 557, 2045)));
        var bytes = new ByteArrayOutputStream();
        ReportTable.memory(new PrintStream(bytes, true, StandardCharsets.UTF_8), memory);

        assertEquals(String.join(System.lineSeparator(),
                "",
                "memory after 200000 articles (2820 s), stages as child JVMs with -Xmx512m:",
                "stage    peak heap MB live heap MB committed MB     RSS MB  peak RSS MB  survived",
                "streams         265.0         38.0        300.0      557.0        600.0      true",
                "sink            453.0        156.0        512.0     2045.0       2100.0      true",
                "every 60 s, each stage after a full GC (articles it had reached, live heap MB, RSS MB):",
                "       s    streams    live heap        RSS       sink    live heap        RSS",
                "      60       6900           44        480       5100          150        900",
                "    2820     200000           38        557     200000          156       2045",
                ""), bytes.toString(StandardCharsets.UTF_8));
    }
}
