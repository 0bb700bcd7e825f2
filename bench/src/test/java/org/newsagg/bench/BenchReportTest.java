package org.newsagg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    static final CorpusSummary CORPUS = new CorpusSummary(20000, 1500, 0.2, 42, 9.6, 16000, 2000, 2000, 1530, 2360);

    @Test
    void judgesEachTargetOnItsOwnNumber() {
        var latency = LatencySummary.of(3000, 100, 30, new long[] {400_000_000L, 900_000_000L});
        var memory = new StageMemoryRun.Result(1_000_000, 900, "512m", List.of(
                new StageMemory("streams", 480, 200, 512, 512, 700, 750, true),
                new StageMemory("sink", 512, 530, 512, 512, 800, 820, true)), List.of());
        List<BenchReport.Target> targets = BenchReport.judge(CORPUS, Throughput.of(20000, 8_000_000_000L), 0.3,
                0.5, latency, memory);
        assertEquals(List.of("throughput", "in-process share", "latency", "streams heap", "sink heap"),
                targets.stream().map(BenchReport.Target::name).toList());
        assertEquals(List.of(true, true, true, true, false), targets.stream().map(BenchReport.Target::met).toList());
    }

    @Test
    void throughputIsJudgedAgainstIssue21sThousandArticlesASecond() {
        assertEquals(List.of(true, false), List.of(
                BenchReport.judge(CORPUS, Throughput.of(1000, 1_000_000_000L), 0.01, 0.5, null, null).get(0).met(),
                BenchReport.judge(CORPUS, Throughput.of(999, 1_000_000_000L), 0.01, 0.5, null, null).get(0).met()));
    }

    @Test
    void aMemoryRunShorterThanAMillionArticlesCannotMeetTheMemoryTarget() {
        var memory = new StageMemoryRun.Result(100_000, 90, "512m",
                List.of(new StageMemory("streams", 100, 50, 512, 512, 300, 320, true)), List.of());
        List<BenchReport.Target> targets = BenchReport.judge(CORPUS, Throughput.of(20000, 25_000_000_000L), 0.1,
                0.49, null, memory);
        assertEquals(List.of(false, false, false), targets.stream().map(BenchReport.Target::met).toList());
    }
}
