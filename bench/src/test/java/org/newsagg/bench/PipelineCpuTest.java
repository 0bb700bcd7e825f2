package org.newsagg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsagg.model.Settings;

class PipelineCpuTest {

    static final PhaseLayout LAYOUT = PhaseLayout.of(Settings.of(Map.of("kafka.bootstrap.servers", "unused:9092")),
            Map.of("bootstrap.servers", "unused:9092"), "r1", "pipeline", Path.of("state"));
    static final ThreadGroup BROKER = new ThreadGroup("broker");
    static final ThreadGroup BROKER_POOL = new ThreadGroup(BROKER, "pool");
    static final ThreadGroup MAIN = new ThreadGroup("main-ish");

    @Test
    void splitsThePhasesCpuByThread() {
        String streams = "bench-r1-pipeline.streams-5f1c-StreamThread-1";
        String sink = "bench-r1-pipeline.sink-77aa-StreamThread-1";
        String sinkProducer = "kafka-producer-network-thread | bench-r1-pipeline.sink-77aa-StreamThread-1-producer";
        ThreadCpu before = new ThreadCpu(Map.of(
                1L, new ThreadCpu.Sample(streams, MAIN, 1_000_000),
                2L, new ThreadCpu.Sample(sink, MAIN, 0),
                4L, new ThreadCpu.Sample("data-plane-kafka-request-handler-0", BROKER_POOL, 5_000_000)), 10_000_000);
        ThreadCpu after = new ThreadCpu(Map.of(
                1L, new ThreadCpu.Sample(streams, MAIN, 41_000_000),
                2L, new ThreadCpu.Sample(sink, MAIN, 20_000_000),
                3L, new ThreadCpu.Sample(sinkProducer, MAIN, 6_000_000),
                4L, new ThreadCpu.Sample("data-plane-kafka-request-handler-0", BROKER_POOL, 25_000_000),
                5L, new ThreadCpu.Sample("main", MAIN, 3_000_000)), 110_000_000);

        PipelineCpu cpu = PipelineCpu.between(before, after, LAYOUT, BROKER, 10);

        assertEquals(new PipelineCpu(4.0, 2.0, 0.6, 2.0, 10.0), cpu);
        assertNull(PipelineCpu.between(before, after, LAYOUT, null, 10).broker());
    }

    @Test
    void streamThreadsAreTheOnesKafkaStreamsNamesSo() {
        assertTrue(PipelineCpu.isStreamThread("app.streams-1a2b-StreamThread-12", "app.streams"));
        assertFalse(PipelineCpu.isStreamThread("app.streams-1a2b-StateUpdater-1", "app.streams"));
        assertFalse(PipelineCpu.isStreamThread(
                "kafka-producer-network-thread | app.streams-1a2b-StreamThread-1-producer", "app.streams"));
    }

    @Test
    void phaseTopicsCompareByTheirNamesWithoutThePrefix() {
        assertEquals("streams-tag-repartition", LAYOUT.withoutPrefix("bench-r1-pipeline.streams-tag-repartition"));
        assertEquals("news.tagged", LAYOUT.withoutPrefix("bench-r1-pipeline.news.tagged"));
        assertTrue(LAYOUT.isInternal("bench-r1-pipeline.sink-by-key-repartition"));
        assertFalse(LAYOUT.isInternal("bench-r1-pipeline.news.tagged"));
    }
}
