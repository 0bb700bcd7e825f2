package org.newsagg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.newsagg.model.Article;
import org.newsagg.model.DuplicateArticle;
import org.newsagg.model.Json;
import org.newsagg.model.NewsSerdes;
import org.newsagg.runtime.StoreKind;
import org.newsagg.sink.SinkConfig;
import org.newsagg.sink.SinkMetrics;
import org.newsagg.sink.aggregate.AggregateTopology;
import org.newsagg.streams.DedupeAndTagTopology;
import org.newsagg.streams.StageMetrics;
import org.newsagg.streams.StreamsStageConfig;

/**
 * The in-process reference: the pipeline's own work on the same corpus, in this JVM, with no broker. Each stage's
 * own topology ({@link DedupeAndTagTopology}, {@link AggregateTopology}), built by the stage's factory from the same
 * settings, runs in a {@link TopologyTestDriver} on a thread of its own, as each stage's one stream thread does in the
 * pipeline: the streams stage's thread decodes, validates, dedupes (stories, lateness) and tags; the sink's joins
 * copies to their originals, aggregates every window family, ranks trends and keeps evidence. What the streams
 * driver writes to the tagged and duplicates topics goes to the sink's thread as the same bytes, headers and
 * timestamps, through an in-memory queue instead of a topic, so both threads work at once as the two stages do.
 *
 * <p>The topologies are built with in-memory state stores ({@link StoreKind#IN_MEMORY}), as issue 21 asks of the
 * reference: the same processors, caches and changelog writes as the stages', with the stores in the heap instead
 * of RocksDB (StoreKindEquivalenceTest: both kinds write the same records). Each stage runs on one thread, as many
 * as its stage in the pipeline may use: a stage's {@code threads} setting, 1 unless set, and the bench sets none;
 * with more, the reference refuses to run rather than compare unlike with unlike. Repartition
 * and changelog records are serialized as in the pipeline and handed to the driver's mock producer; repartitioned
 * records are deserialized again by the next sub-topology, after the commit that wrote them, as under exactly-once.
 * Each driver commits as a stream thread does ({@link CommitIntervalDriver}): in the bench, after as many records
 * as the pipeline's stage committed on average in the same run, so that the record caches combine what they combine
 * in the pipeline and both write the same changelog and aggregate records; alone, at the stage's commit interval. What is left out is Kafka itself: the broker, the
 * clients' network I/O, batching and fetching, transactions with a broker, restoring state.
 */
public final class InProcessReferenceRun {

    private static final int QUEUE = 4096;
    /** Issue 21: the reference keeps its state in memory. */
    static final StoreKind STORES = StoreKind.IN_MEMORY;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * @param throughput      the corpus over the seconds from the first record in to the sink's last record done
     * @param stores          where the topologies' state stores kept their data
     * @param streamsThreads  threads the reference ran the streams stage's topology on
     * @param sinkThreads     threads it ran the sink's on
     * @param tagged          records the streams topology wrote to the tagged topic
     * @param exactDuplicates duplicates with verdict exact
     * @param nearDuplicates  duplicates with verdict near
     * @param deadLetters     records either topology wrote to the dead-letter topic
     * @param streamsCpuMsPerArticle CPU of the streams stage's thread per article
     * @param sinkCpuMsPerArticle    CPU of the sink's thread per article
     * @param processCpuMsPerArticle CPU of the whole process per article while the reference ran (GC and JIT too)
     * @param commits         commits of each stage's driver
     * @param cadence         the records per commit it was given; null: each stage's commit interval
     * @param recordsByTopic  records written to each topic, internal ones included, named without the phase's prefix
     */
    public record Result(Throughput throughput, StoreKind stores, int streamsThreads, int sinkThreads, long tagged, long exactDuplicates,
            long nearDuplicates, long deadLetters, double streamsCpuMsPerArticle, double sinkCpuMsPerArticle,
            double processCpuMsPerArticle, StageCommits commits, Cadence cadence, SortedMap<String, Long> recordsByTopic) {

        public Result {
            recordsByTopic = new TreeMap<>(recordsByTopic);
        }

        public long accountedFor() {
            return tagged + exactDuplicates + nearDuplicates + deadLetters;
        }

        /** Records per article written to each topic. */
        public SortedMap<String, Double> perArticleByTopic() {
            SortedMap<String, Double> out = new TreeMap<>();
            long n = throughput.articles();
            recordsByTopic.forEach((t, c) -> out.put(t, n == 0 ? 0 : (double) c / n));
            return out;
        }
    }

    /**
     * When each driver commits: after this many of its input records on average (raw records for the streams
     * topology, tagged and duplicate records for the sink's), the cadence the pipeline's stages had in the same
     * run; null for each stage's commit interval.
     */
    public record Cadence(double streamsRecordsPerCommit, double sinkRecordsPerCommit) {}

    private final PhaseLayout layout;
    private final java.time.Duration timeout;
    private final Cadence cadence;

    /** Committing at each stage's commit interval. */
    public InProcessReferenceRun(PhaseLayout layout, java.time.Duration timeout) {
        this(layout, timeout, null);
    }

    public InProcessReferenceRun(PhaseLayout layout, java.time.Duration timeout, Cadence cadence) {
        this.layout = layout;
        this.timeout = timeout;
        this.cadence = cadence;
    }

    public Result run(List<GeneratedArticle> corpus) {
        StreamsStageConfig streamsConfig = StreamsStageConfig.from(layout.settings());
        SinkConfig sinkConfig = SinkConfig.from(layout.settings());
        // One driver, one thread per stage: the pipeline's stages must use no more for the ratio to mean anything.
        if (streamsConfig.stage().threads() != 1 || sinkConfig.stage().threads() != 1) {
            throw new IllegalStateException("the in-process reference runs each stage on one thread, and the stages"
                    + " are set to " + streamsConfig.stage().threads() + " and " + sinkConfig.stage().threads());
        }
        // Encoded before the clock starts: in the pipeline run the bench's producer does it, not a stage.
        List<TestRecord<byte[], byte[]>> input = encode(corpus, layout.topics().raw());
        BlockingQueue<Handoff> handoff = new ArrayBlockingQueue<>(QUEUE);
        List<byte[]> duplicates = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        try (CommitIntervalDriver streams = new CommitIntervalDriver(new TopologyTestDriver(
                DedupeAndTagTopology.build(streamsConfig, new StageMetrics(new SimpleMeterRegistry()), STORES),
                streamsConfig.stage().streamsProperties()), streamsConfig.stage().commitInterval(),
                exactlyOnce(streamsConfig.stage()), cadence == null ? 0 : cadence.streamsRecordsPerCommit());
                CommitIntervalDriver sink = new CommitIntervalDriver(new TopologyTestDriver(
                        AggregateTopology.build(sinkConfig, new SinkMetrics(new SimpleMeterRegistry()), STORES),
                        sinkConfig.streamsProperties(null)), sinkConfig.stage().commitInterval(),
                        exactlyOnce(sinkConfig.stage()), cadence == null ? 0 : cadence.sinkRecordsPerCommit())) {
            FutureTask<Written> streamsWork = new FutureTask<>(() -> {
                go.await();
                return cpuOf(() -> runStreams(streams, input, handoff, duplicates));
            });
            FutureTask<Written> sinkWork = new FutureTask<>(() -> {
                go.await();
                return cpuOf(() -> runSink(sink, handoff));
            });
            start(streamsWork, "reference-streams");
            start(sinkWork, "reference-sink");
            ThreadCpu before = ThreadCpu.now();
            long start = System.nanoTime();
            go.countDown();
            Written fromStreams;
            Written fromSink;
            try {
                fromStreams = streamsWork.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                fromSink = sinkWork.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } finally {
                streamsWork.cancel(true);
                sinkWork.cancel(true);
            }
            long elapsed = System.nanoTime() - start;
            long processNanos = before.processNanos() < 0 ? -1 : ThreadCpu.now().processNanos() - before.processNanos();
            long exact = 0;
            long near = 0;
            for (byte[] d : duplicates) {
                String verdict = verdict(d);
                if (DuplicateArticle.EXACT.equals(verdict)) exact++;
                else if (DuplicateArticle.NEAR.equals(verdict)) near++;
            }
            Map<String, Long> written = new HashMap<>(fromStreams.records());
            fromSink.records().forEach((t, n) -> written.merge(t, n, Long::sum));
            Map<String, Long> byTopic = new TreeMap<>();
            written.forEach((topic, n) -> byTopic.merge(layout.withoutPrefix(topic), n, Long::sum));
            var topics = layout.topics();
            return new Result(Throughput.of(corpus.size(), elapsed), STORES, 1, 1,
                    written.getOrDefault(topics.tagged(), 0L), exact, near, written.getOrDefault(topics.dlq(), 0L),
                    perArticle(fromStreams.cpuNanos(), corpus.size()), perArticle(fromSink.cpuNanos(), corpus.size()),
                    processNanos < 0 ? -1 : perArticle(processNanos, corpus.size()),
                    new StageCommits(streams.commits(), sink.commits()), cadence, new TreeMap<>(byTopic));
        } catch (ExecutionException e) {
            throw new IllegalStateException("the in-process reference failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the in-process reference took longer than " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static boolean exactlyOnce(org.newsagg.runtime.StageSettings stage) {
        return !org.apache.kafka.streams.StreamsConfig.AT_LEAST_ONCE.equals(stage.processingGuarantee());
    }

    private static void start(FutureTask<?> task, String name) {
        Thread t = new Thread(task, name);
        // A failed or timed-out run must not keep the JVM alive.
        t.setDaemon(true);
        t.start();
    }

    /** What one thread's topology wrote, by topic, and the CPU the thread spent. */
    private record Written(Map<String, Long> records, long cpuNanos) {}

    /** What the streams topology wrote to one of the sink's input topics, for the sink's thread. */
    private record Handoff(String topic, TestRecord<byte[], byte[]> record) {
        static final Handoff END = new Handoff(null, null);
    }

    private Map<String, Long> runStreams(CommitIntervalDriver stage, List<TestRecord<byte[], byte[]>> input,
            BlockingQueue<Handoff> handoff, List<byte[]> duplicates) throws InterruptedException {
        var topics = layout.topics();
        TopologyTestDriver driver = stage.driver();
        TestOutputTopic<byte[], byte[]> tagged = output(driver, topics.tagged());
        TestOutputTopic<byte[], byte[]> dups = output(driver, topics.duplicates());
        Map<String, TestOutputTopic<byte[], byte[]>> others = new HashMap<>();
        Map<String, Long> written = new HashMap<>();
        try {
            for (TestRecord<byte[], byte[]> r : input) {
                if (stage.pipe(topics.raw(), r.key(), r.value(), r.headers(), r.timestamp())) {
                    handOn(tagged, dups, handoff, duplicates, written);
                    drain(driver, others, written);
                }
            }
            stage.finish();
            handOn(tagged, dups, handoff, duplicates, written);
            drain(driver, others, written);
        } finally {
            // Even after a failure: the sink's thread must not wait forever.
            handoff.put(Handoff.END);
        }
        return written;
    }

    /** What a commit of the streams topology published, on to the sink's thread, as the sink reads it after it. */
    private void handOn(TestOutputTopic<byte[], byte[]> tagged, TestOutputTopic<byte[], byte[]> dups,
            BlockingQueue<Handoff> handoff, List<byte[]> duplicates, Map<String, Long> written)
            throws InterruptedException {
        var topics = layout.topics();
        for (TestRecord<byte[], byte[]> t : tagged.readRecordsToList()) {
            written.merge(topics.tagged(), 1L, Long::sum);
            handoff.put(new Handoff(topics.tagged(), t));
        }
        for (TestRecord<byte[], byte[]> d : dups.readRecordsToList()) {
            written.merge(topics.duplicates(), 1L, Long::sum);
            duplicates.add(d.value());
            handoff.put(new Handoff(topics.duplicates(), d));
        }
    }

    private Map<String, Long> runSink(CommitIntervalDriver stage, BlockingQueue<Handoff> handoff)
            throws InterruptedException {
        TopologyTestDriver driver = stage.driver();
        Map<String, TestOutputTopic<byte[], byte[]>> outputs = new HashMap<>();
        Map<String, Long> written = new HashMap<>();
        for (Handoff h = handoff.take(); h != Handoff.END; h = handoff.take()) {
            TestRecord<byte[], byte[]> r = h.record();
            if (stage.pipe(h.topic(), r.key(), r.value(), r.headers(), r.timestamp())) drain(driver, outputs, written);
        }
        stage.finish();
        drain(driver, outputs, written);
        return written;
    }

    /** Reads and counts everything the driver has produced since the last drain, so it does not pile up in memory. */
    private static void drain(TopologyTestDriver driver, Map<String, TestOutputTopic<byte[], byte[]>> outputs,
            Map<String, Long> written) {
        for (String topic : driver.producedTopicNames()) {
            TestOutputTopic<byte[], byte[]> out = outputs.computeIfAbsent(topic, t -> output(driver, t));
            long n = out.getQueueSize();
            if (n == 0) continue;
            out.readRecordsToList();
            written.merge(topic, n, Long::sum);
        }
    }

    private static TestOutputTopic<byte[], byte[]> output(TopologyTestDriver driver, String topic) {
        return driver.createOutputTopic(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static List<TestRecord<byte[], byte[]>> encode(List<GeneratedArticle> corpus, String topic) {
        Serializer<Article> values = NewsSerdes.article().serializer();
        List<TestRecord<byte[], byte[]>> out = new ArrayList<>(corpus.size());
        for (GeneratedArticle g : corpus) {
            Article a = g.article();
            // As ArticleProducer sends them: key the id, timestamp the publication time.
            out.add(new TestRecord<>(a.id().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    values.serialize(topic, a), null, a.published()));
        }
        return out;
    }

    private static String verdict(byte[] duplicate) {
        try {
            JsonNode node = Json.MAPPER.readTree(duplicate);
            return node.path("verdict").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface Work {
        Map<String, Long> run() throws InterruptedException;
    }

    /** What {@code work} wrote, with the CPU the calling thread spent on it. */
    private static Written cpuOf(Work work) throws InterruptedException {
        long start = THREADS.getCurrentThreadCpuTime();
        Map<String, Long> records = work.run();
        return new Written(records, THREADS.getCurrentThreadCpuTime() - start);
    }

    private static double perArticle(long nanos, int articles) {
        return articles == 0 ? 0 : nanos / 1e6 / articles;
    }
}
