package org.newsagg.bench;

import java.io.PrintStream;
import org.newsagg.runtime.StoreKind;

/** Prints a benchmark report as the plain-text table {@code newsagg bench} shows. */
public final class ReportTable {

    private ReportTable() {}

    public static void print(BenchReport r, PrintStream out) {
        MachineInfo m = r.machine();
        out.printf("%nnewsagg bench, %s%n", r.startedAt());
        out.printf("machine: %d cores, %d MB, Java %s (%s), %s; load average %.2f at start, %.2f at end%n",
                m.cores(), m.memoryMb(), m.javaVersion(), m.javaVm(), m.os(), m.loadAverage(), r.loadAverageAtEnd());
        CorpusSummary c = r.corpus();
        out.printf("corpus: %d articles (%d originals, %d near copies, %d re-polls), target %d chars, mean text %.0f chars, "
                + "mean JSON %.0f bytes, seed %d, published over %.1f h (%.0f articles an hour)%n", c.articles(),
                c.originals(), c.nearCopies(), c.exactRepolls(), c.size(), c.meanTextChars(), c.meanJsonBytes(),
                c.seed(), c.spanHours(), c.spanHours() <= 0 ? 0 : c.articles() / c.spanHours());
        out.println();
        out.printf("%-52s %12s %10s %14s%n", "throughput", "articles", "seconds", "articles/s");
        row(out, "raw pass-through (produce+consume)", r.passThrough());
        if (r.pipelineWarmup() != null) row(out, "pipeline warm-up (not judged)", r.pipelineWarmup());
        InProcessReferenceRun.Result ref = r.inProcess();
        row(out, String.format("in-process reference, %s stores, %d+%d threads",
                ref.stores() == StoreKind.IN_MEMORY ? "in-memory" : "RocksDB", ref.streamsThreads(), ref.sinkThreads()),
                ref.throughput());
        row(out, "pipeline (exactly_once_v2)", r.pipeline());
        out.printf("%-52s %38.1f%%%n", "pipeline / pass-through", r.pipelineShareOfPassThrough() * 100);
        out.printf("%-52s %38.2f%n", "pipeline / in-process reference", r.pipelineShareOfInProcess());
        PipelineOutput o = r.output();
        out.printf("outputs: %d tagged, %d exact duplicates, %d near duplicates, %d dead letters (%d of %d accounted for); "
                + "aggregates log end %d%n", o.tagged(), o.exactDuplicates(), o.nearDuplicates(), o.deadLetters(),
                o.accountedFor(), r.pipeline().articles(), o.aggregateLogEnd());
        out.printf("in-process outputs: %d tagged, %d exact duplicates, %d near duplicates, %d dead letters (%d of %d "
                + "accounted for)%n", ref.tagged(), ref.exactDuplicates(), ref.nearDuplicates(), ref.deadLetters(),
                ref.accountedFor(), ref.throughput().articles());
        cpu(out, r);
        writes(out, r);
        // Totals only: the records by topic are in the table above, beside the reference's.
        writes(out, "sink writes in the pipeline", r.pipelineSinkWrites(), false);
        SinkCatchUpRun.Result sink = r.sinkCatchUp();
        out.printf("sink catching up on the same %d articles: %.2f s, %.1f articles/s%n",
                sink.throughput().articles(), sink.throughput().seconds(), sink.throughput().articlesPerSecond());
        writes(out, "sink writes catching up", sink.writes(), true);
        LatencySummary l = r.latency();
        if (l != null) {
            out.println();
            out.printf("latency at %.0f articles/s for %.1f s: %d offered, %d matched; p50 %.0f ms, p95 %.0f ms, "
                    + "p99 %.0f ms, max %.0f ms, mean %.0f ms%n", l.rate(), l.seconds(), l.offered(), l.matched(),
                    l.p50Ms(), l.p95Ms(), l.p99Ms(), l.maxMs(), l.meanMs());
            if (l.warmupSeconds() > 0) {
                out.printf("  before them, %.1f s of warm-up just after the stages started: %d matched, max %.0f ms "
                        + "(not in the percentiles)%n", l.warmupSeconds(), l.warmupMatched(), l.warmupMaxMs());
            }
        }
        if (r.memory() != null) memory(out, r.memory());
        out.println();
        out.printf("%-18s %-62s %-8s %s%n", "target", "goal", "met", "measured");
        for (BenchReport.Target t : r.targets()) {
            out.printf("%-18s %-62s %-8s %s%n", t.name(), t.goal(), t.met() ? "yes" : "NO", t.measured());
        }
    }

    /** The memory run: each stage at the end, then the series taken every minute. */
    static void memory(PrintStream out, StageMemoryRun.Result mem) {
        out.println();
        out.printf("memory after %d articles (%.0f s), stages as child JVMs with -Xmx%s:%n", mem.articles(),
                mem.seconds(), mem.maxHeap());
        out.printf("%-8s %12s %12s %12s %10s %12s %9s%n", "stage", "peak heap MB", "live heap MB", "committed MB",
                "RSS MB", "peak RSS MB", "survived");
        for (StageMemory s : mem.stages()) {
            out.printf("%-8s %12.1f %12.1f %12.1f %10.1f %12.1f %9s%n", s.stage(), s.peakHeapUsedMb(),
                    s.liveHeapMb(), s.heapCommittedMb(), s.rssMb(), s.peakRssMb(), s.survived());
        }
        if (!mem.liveHeap().isEmpty()) {
            out.printf("every %d s, each stage after a full GC (articles it had reached, live heap MB, RSS MB):%n",
                    StageMemoryRun.LIVE_EVERY.toSeconds());
            out.printf("%8s %10s %12s %10s %10s %12s %10s%n", "s", "streams", "live heap", "RSS", "sink",
                    "live heap", "RSS");
            for (StageMemoryRun.LiveHeap h : mem.liveHeap()) {
                out.printf("%8.0f %10d %12.0f %10.0f %10d %12.0f %10.0f%n", h.seconds(), h.articles(),
                        h.streamsMb(), h.streamsRssMb(), h.sinkArticles(), h.sinkMb(), h.sinkRssMb());
            }
        }
    }

    /** CPU per article by part of the pipeline, beside the reference's two threads. */
    static void cpu(PrintStream out, BenchReport r) {
        PipelineCpu p = r.pipelineCpuMsPerArticle();
        InProcessReferenceRun.Result ref = r.inProcess();
        out.printf("CPU ms per article %37s %14s%n", "pipeline", "in-process");
        out.printf("  %-48s %8.2f %14.2f%n", "streams stage, stream threads", p.streamsStreamThreads(),
                ref.streamsCpuMsPerArticle());
        out.printf("  %-48s %8.2f %14.2f%n", "sink stage, stream threads", p.sinkStreamThreads(),
                ref.sinkCpuMsPerArticle());
        out.printf("  %-48s %8.2f %14s%n", "both stages, other threads (client I/O...)", p.stageOtherThreads(), "-");
        if (p.broker() != null) out.printf("  %-48s %8.2f %14s%n", "broker (in this process)", p.broker(), "-");
        else out.printf("  %-48s %8s %14s%n", "broker (not in this process)", "-", "-");
        out.printf("  %-48s %8.2f %14.2f%n", "whole process (GC, JIT, bench producer too)", p.process(),
                ref.processCpuMsPerArticle());
        StageCommits c = r.pipelineCommits();
        long n = r.pipeline().articles();
        out.printf("commits: pipeline streams %d (%.1f articles each), sink %d (%.1f); in-process streams %d (%.1f), "
                + "sink %d (%.1f)%s%n", c.streams(), each(n, c.streams()), c.sink(), each(n, c.sink()),
                ref.commits().streams(), each(n, ref.commits().streams()), ref.commits().sink(),
                each(n, ref.commits().sink()), ref.cadence() == null ? ", at the commit interval"
                        : ", at the pipeline's records per commit");
    }

    /**
     * Records per article written to each topic, internal ones included: the pipeline's as its stages' producers
     * sent them, the reference's as its drivers produced them. One measure for both, records (no transaction
     * markers); it replaces the internal topics' end offsets (markers included) and the sink's own list.
     */
    static void writes(PrintStream out, BenchReport r) {
        java.util.SortedMap<String, Double> ref = r.inProcess().perArticleByTopic();
        java.util.SortedSet<String> topics = new java.util.TreeSet<>(r.pipelineWritesPerArticle().keySet());
        topics.addAll(ref.keySet());
        out.printf("records per article written to each topic %-22s %12s %12s%n", "", "pipeline", "in-process");
        for (String t : topics) {
            Double p = r.pipelineWritesPerArticle().get(t);
            Double i = ref.get(t);
            out.printf("  %-62s %12s %12s%n", t, p == null ? "-" : String.format("%.2f", p),
                    i == null ? "-" : String.format("%.2f", i));
        }
    }

    private static double each(long articles, long commits) {
        return commits == 0 ? 0 : (double) articles / commits;
    }

    private static void writes(PrintStream out, String name, SinkWrites w, boolean byTopic) {
        out.printf("%s: %d aggregate records (%.1f per article), %d changelog records (%.1f per article), "
                + "%d repartition records%n", name, w.aggregates(), w.aggregatesPerArticle(), w.changelogs(),
                w.changelogsPerArticle(), w.repartitions());
        if (byTopic) w.perArticleByTopic().forEach((topic, n) -> out.printf("  %-64s %8.2f per article%n", topic, n));
    }

    private static void row(PrintStream out, String name, Throughput t) {
        out.printf("%-52s %12d %10.2f %14.1f%n", name, t.articles(), t.seconds(), t.articlesPerSecond());
    }
}
