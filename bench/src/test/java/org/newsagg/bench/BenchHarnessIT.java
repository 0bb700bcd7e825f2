package org.newsagg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsagg.model.Json;
import org.newsagg.model.Settings;
import org.newsagg.runtime.StoreKind;
import org.newsagg.testkit.EmbeddedBroker;

/**
 * The bench harness end to end on a tiny corpus and a real broker: the report has every part, and every article
 * is accounted for. Speed is never asserted here; that is what the numbers the harness prints are for.
 */
class BenchHarnessIT {

    @RegisterExtension
    static final EmbeddedBroker kafka = new EmbeddedBroker();

    @TempDir
    static Path work;

    @Test
    void aTinyRunReportsThroughputLatencyAndWhereEveryArticleWent() throws Exception {
        CorpusSpec corpus = new CorpusSpec(60, 1500, 0.2, 42, BenchPlan.defaultStart(Duration.ofDays(3)), Duration.ofDays(3), false);
        // A deadline, not a speed limit: a loaded 2-core machine once took more than 3 minutes for these 60 articles.
        BenchPlan plan = new BenchPlan(corpus, 50, 20, Duration.ofSeconds(1), Duration.ofSeconds(2), 0, "512m",
                Duration.ofMinutes(10));
        Settings settings = Settings.of(Map.of("kafka.bootstrap.servers", kafka.bootstrapServers()));
        BenchReport report = new BenchHarness(plan, settings,
                Map.of("bootstrap.servers", kafka.bootstrapServers()), work).run(new PrintStream(
                        new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertEquals(new CorpusSummary(60, 1500, 0.2, 42, 72.0, 55, 3, 2, report.corpus().meanTextChars(),
                report.corpus().meanJsonBytes()), report.corpus());
        assertEquals(60, report.passThrough().articles());
        assertEquals(50, report.pipelineWarmup().articles());
        assertEquals(60, report.pipeline().articles());
        assertEquals(60, report.output().accountedFor());
        assertEquals(0, report.output().deadLetters());
        // Re-polls repeat an id seen before: whatever else dedupe decides, they are exact duplicates.
        assertTrue(report.output().exactDuplicates() >= 2, report.output().toString());
        assertTrue(report.output().aggregateLogEnd() > 0, report.output().toString());
        assertEquals(60, report.pipelineSinkWrites().articles());
        assertTrue(report.pipelineSinkWrites().aggregates() > 0, report.pipelineSinkWrites().toString());
        // The catch-up sink reads what the pipeline's streams stage wrote: the same articles, the same windows.
        assertEquals(60, report.sinkCatchUp().throughput().articles());
        assertTrue(report.sinkCatchUp().writes().aggregates() > 0, report.sinkCatchUp().toString());

        LatencySummary latency = report.latency();
        // 1 s of warm-up at 20/s, then the 40 articles measured.
        assertEquals(40, latency.offered());
        assertEquals(20.0, latency.rate());
        assertEquals(40, latency.matched() + latency.unmatched());
        assertTrue(latency.matched() > 0, latency.toString());
        assertEquals(1.0, latency.warmupSeconds());
        assertTrue(latency.warmupMatched() > 0 && latency.warmupMatched() <= 20, latency.toString());

        // The in-process reference: the same corpus through both stages' topologies, every article accounted for.
        InProcessReferenceRun.Result ref = report.inProcess();
        assertEquals(60, ref.throughput().articles());
        assertEquals(60, ref.accountedFor());
        assertEquals(1, ref.streamsThreads());
        assertEquals(1, ref.sinkThreads());
        assertEquals(StoreKind.IN_MEMORY, ref.stores());
        assertTrue(ref.recordsByTopic().get("news.aggregates") > 0, ref.toString());
        assertEquals(report.pipeline().articlesPerSecond() / ref.throughput().articlesPerSecond(),
                report.pipelineShareOfInProcess(), 1e-9);
        // CPU by part: each stage's stream thread worked; the test's broker is not the bench's, so not measured.
        PipelineCpu cpu = report.pipelineCpuMsPerArticle();
        assertTrue(cpu.streamsStreamThreads() > 0 && cpu.sinkStreamThreads() > 0, cpu.toString());
        assertNull(cpu.broker());
        assertTrue(report.pipelineCommits().streams() > 0 && report.pipelineCommits().sink() > 0,
                report.pipelineCommits().toString());
        assertTrue(ref.commits().streams() > 0 && ref.commits().sink() > 0, ref.commits().toString());
        // The reference commits at the pipeline's cadence: its raw records per commit, and the sink's input's.
        assertEquals(60.0 / report.pipelineCommits().streams(), ref.cadence().streamsRecordsPerCommit(), 1e-9);
        // Records per article both stages sent to each topic, internal ones included, named without the phase's
        // prefix: records, as the reference counts them, so the tagged topic took one per tagged article in both.
        Map<String, Double> written = report.pipelineWritesPerArticle();
        for (String topic : List.of("streams-tag-repartition", "streams-dedupe-postings-changelog",
                "sink-by-key-repartition", "sink-aggregates-1h-changelog", "news.aggregates")) {
            assertTrue(written.getOrDefault(topic, 0.0) > 0, topic + " in " + written);
        }
        assertEquals(report.output().tagged() / 60.0, written.get("news.tagged"), 1e-9);
        assertEquals(ref.tagged() / 60.0, ref.perArticleByTopic().get("news.tagged"), 1e-9);

        assertNull(report.memory());
        assertEquals(List.of("throughput", "in-process share", "latency"),
                report.targets().stream().map(BenchReport.Target::name).toList());
        assertEquals(Runtime.getRuntime().availableProcessors(), report.machine().cores());

        JsonNode json = Json.MAPPER.readTree(Json.write(report));
        for (String field : List.of("machine", "corpus", "passThrough", "pipelineWarmup", "inProcess", "pipeline",
                "pipelineShareOfPassThrough", "pipelineShareOfInProcess", "output", "pipelineSinkWrites",
                "pipelineCpuMsPerArticle", "pipelineCommits", "pipelineWritesPerArticle", "sinkCatchUp", "latency", "targets")) {
            assertNotNull(json.get(field), field);
        }
        assertEquals(60, json.path("pipeline").path("articles").asInt());

        ByteArrayOutputStream table = new ByteArrayOutputStream();
        ReportTable.print(report, new PrintStream(table, true, StandardCharsets.UTF_8));
        String text = table.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("raw pass-through (produce+consume)"), text);
        assertTrue(text.contains("pipeline warm-up (not judged)"), text);
        assertTrue(text.contains("in-process reference, in-memory stores, 1+1 threads"), text);
        assertTrue(text.contains("pipeline / in-process reference"), text);
        assertTrue(text.contains("CPU ms per article"), text);
        assertTrue(text.contains("streams-tag-repartition"), text);
        assertTrue(text.contains("latency at 20 articles/s"), text);
        assertTrue(text.contains("sink catching up on the same 60 articles"), text);
    }

    @Test
    void aRunWhoseRawRecordsWereDeletedBeforeTheyWereReadFails() throws Exception {
        Map<String, Object> client = Map.of("bootstrap.servers", kafka.bootstrapServers());
        PhaseLayout layout = PhaseLayout.of(Settings.of(Map.of("kafka.bootstrap.servers", kafka.bootstrapServers())),
                client, "deleted", "phase", work.resolve("deleted"));
        layout.createTopics();
        String raw = layout.topics().raw();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 3; i++) producer.send(new ProducerRecord<>(raw, "id-" + i, "{}")).get();
        }
        try (Admin admin = Admin.create(client)) {
            RunningPipeline.requireNothingDeleted(admin, layout);

            // What a size or time retention does to the oldest segments while a stage is still behind.
            admin.deleteRecords(Map.of(new TopicPartition(raw, 0), RecordsToDelete.beforeOffset(2))).all().get();
            var e = assertThrows(IllegalStateException.class, () -> RunningPipeline.requireNothingDeleted(admin, layout));
            assertEquals("the broker deleted the first 2 records of bench-deleted-phase.news.raw (retention) before"
                    + " the run ended: the figures would not be for the whole corpus", e.getMessage());
        }
    }
}
