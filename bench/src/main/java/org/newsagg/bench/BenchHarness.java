package org.newsagg.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.newsagg.model.Settings;

/**
 * Runs a {@link BenchPlan} against a broker: raw pass-through, the in-process reference (the stages' topologies with no
 * Kafka), whole pipeline, the sink catching up on the
 * pipeline's output, latency at a fixed rate and stage memory, each on its own fresh topics (the catch-up reads the
 * pipeline's), and gathers the numbers into a {@link BenchReport}.
 */
public final class BenchHarness {

    private static final int WARMUP = 2000;

    private final BenchPlan plan;
    private final Settings settings;
    private final Map<String, Object> clientProperties;
    private final String bootstrapServers;
    private final Path workDir;
    private final ThreadGroup brokerThreads;

    public BenchHarness(BenchPlan plan, Settings settings, Map<String, Object> clientProperties, Path workDir) {
        this(plan, settings, clientProperties, workDir, null);
    }

    /**
     * @param brokerThreads the thread group the broker was started in when it runs in this process, so that its
     *                      CPU can be told from the stages'; null when it is elsewhere
     */
    public BenchHarness(BenchPlan plan, Settings settings, Map<String, Object> clientProperties, Path workDir,
            ThreadGroup brokerThreads) {
        this.brokerThreads = brokerThreads;
        this.plan = plan;
        this.settings = settings;
        this.clientProperties = Map.copyOf(clientProperties);
        this.bootstrapServers = String.valueOf(clientProperties.get("bootstrap.servers"));
        this.workDir = workDir;
    }

    public BenchReport run(java.io.PrintStream progress) {
        String startedAt = Instant.now().toString();
        MachineInfo machine = MachineInfo.now();
        String run = Long.toString(System.currentTimeMillis(), 36);

        progress.printf("generating %d articles (seed %d)...%n", plan.corpus().articles(), plan.corpus().seed());
        List<GeneratedArticle> corpus = SyntheticCorpus.generate(plan.corpus());
        CorpusSummary summary = CorpusSummary.of(plan.corpus(), corpus);

        // The first Kafka round trip of a JVM pays for class loading and JIT; neither run should carry that alone.
        progress.println("warming up...");
        new PassThroughRun(phase(run, "warmup"), plan.timeout()).run(corpus.subList(0, Math.min(corpus.size(), WARMUP)));

        progress.println("raw pass-through...");
        Throughput passThrough = new PassThroughRun(phase(run, "passthrough"), plan.timeout()).run(corpus);
        progress.printf("  %.0f articles/s%n", passThrough.articlesPerSecond());

        // The pass-through warms only the clients. The pipeline's own paths (the broker's transactions, Kafka
        // Streams, RocksDB's JNI, OpenNLP, our code) cost about 25 s of C2 compilation on 2 cores when they first
        // run; a short run then measures the compiler as much as the pipeline.
        Throughput pipelineWarmup = null;
        if (plan.pipelineWarmup() > 0) {
            progress.printf("pipeline warm-up: %d articles on topics of their own...%n", plan.pipelineWarmup());
            pipelineWarmup = new PipelineThroughputRun(phase(run, "pipelinewarmup"), plan.timeout())
                    .run(SyntheticCorpus.generate(plan.pipelineWarmupCorpus())).throughput();
            progress.printf("  %.0f articles/s (not judged)%n", pipelineWarmup.articlesPerSecond());
        }

        progress.println("pipeline...");
        PhaseLayout pipelinePhase = phase(run, "pipeline");
        var pipeline = new PipelineThroughputRun(pipelinePhase, plan.timeout(), brokerThreads).run(corpus);
        progress.printf("  %.0f articles/s, %.1f aggregate records per article%n",
                pipeline.throughput().articlesPerSecond(), pipeline.sinkWrites().aggregatesPerArticle());

        // After the pipeline, at the cadence its stages committed at: the record caches combine a window's or a
        // term's changes between two commits, so the same articles per commit make the same records per article,
        // whatever the two runs' speeds on a shared machine.
        progress.println("in-process reference: both stages' topologies in this JVM, no Kafka...");
        StageCommits commits = pipeline.commits();
        InProcessReferenceRun.Result inProcess = new InProcessReferenceRun(phase(run, "reference"), plan.timeout(),
                new InProcessReferenceRun.Cadence(perCommit(corpus.size(), commits.streams()),
                        perCommit(pipeline.output().tagged() + pipeline.output().exactDuplicates()
                                + pipeline.output().nearDuplicates(), commits.sink())))
                .run(corpus);
        progress.printf("  %.0f articles/s%n", inProcess.throughput().articlesPerSecond());

        progress.println("sink catching up on the pipeline's tagged and duplicates topics...");
        SinkCatchUpRun.Result catchUp = new SinkCatchUpRun(phase(run, "sinkcatchup").readingSinkInputsOf(pipelinePhase),
                plan.timeout()).run(corpus.size());
        progress.printf("  %.0f articles/s, %.1f aggregate records per article%n",
                catchUp.throughput().articlesPerSecond(), catchUp.writes().aggregatesPerArticle());
        corpus = null; // the latency and memory runs make their own articles

        LatencySummary latency = null;
        if (!plan.latencyDuration().isZero()) {
            progress.printf("latency at %.0f articles/s for %d s after %d s of warm-up...%n", plan.rate(),
                    plan.latencyDuration().toSeconds(), plan.latencyWarmup().toSeconds());
            latency = new LatencyRun(phase(run, "latency"), plan.timeout())
                    .run(SyntheticCorpus.generate(plan.latencyCorpus()), plan.rate(), plan.latencyWarmup());
            progress.printf("  p99 %.0f ms%n", latency.p99Ms());
        }

        StageMemoryRun.Result memory = null;
        if (plan.memoryArticles() > 0) {
            progress.printf("memory: %d articles through stage JVMs...%n", plan.memoryArticles());
            memory = new StageMemoryRun(phase(run, "memory"), bootstrapServers, plan.stageHeap(), workDir,
                    plan.timeout()).run(plan.memoryCorpus());
        }

        double share = ratio(pipeline.throughput(), passThrough);
        double shareOfInProcess = ratio(pipeline.throughput(), inProcess.throughput());
        return new BenchReport(startedAt, machine, MachineInfo.loadAverageNow(), summary, passThrough, pipelineWarmup,
                inProcess, pipeline.throughput(), share, shareOfInProcess, pipeline.output(), pipeline.sinkWrites(),
                pipeline.cpu(), pipeline.commits(), pipeline.writesPerArticle(), catchUp, latency, memory,
                BenchReport.judge(summary, pipeline.throughput(), share, shareOfInProcess, latency, memory));
    }

    private static double perCommit(long records, long commits) {
        return commits <= 0 ? 0 : (double) records / commits;
    }

    private static double ratio(Throughput a, Throughput b) {
        return b.articlesPerSecond() <= 0 ? 0 : a.articlesPerSecond() / b.articlesPerSecond();
    }

    private PhaseLayout phase(String run, String name) {
        return PhaseLayout.of(settings, clientProperties, run, name, workDir.resolve(name));
    }
}
