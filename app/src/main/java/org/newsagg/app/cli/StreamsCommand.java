package org.newsagg.app.cli;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.KafkaStreams;
import org.newsagg.app.ops.ConsumerLagMeter;
import org.newsagg.app.ops.DeadLetterMeter;
import org.newsagg.app.ops.OpsServer;
import org.newsagg.app.ops.RocksDbMemoryGauge;
import org.newsagg.app.ops.StreamTasksGauge;
import org.newsagg.cluster.KafkaConnection;
import org.newsagg.cluster.KafkaOptions;
import org.newsagg.runtime.ListenAddress;
import org.newsagg.streams.StreamsStage;
import org.newsagg.streams.StreamsStageConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "streams", mixinStandardHelpOptions = true,
        description = "Runs the streams stage: dedupe, stories and tagging, from the raw topic to the tagged and duplicates topics.")
public final class StreamsCommand implements Callable<Integer> {

    /** The reasons this stage writes dead letters for, each a metric series at 0 from the start. */
    static final List<String> STREAMS_DEAD_LETTER_REASONS = List.of("deserialization", "processing", "too-large", "late");

    @Mixin
    KafkaOptions kafka;

    @Mixin
    CatchUpOption catchUp;

    @Override
    public Integer call() {
        KafkaConnection conn = kafka.connect();
        if (!TopicPreflight.ready(conn)) {
            conn.close();
            return 1;
        }
        StreamsStageConfig config =
                StreamsStageConfig.from(catchUp.applyTo(conn.settings(), StreamsStageConfig.STAGE));
        var registry = OpsServer.newRegistry(StreamsStageConfig.STAGE);
        StreamsStage stage = new StreamsStage(config, registry);
        var kafkaMetrics = new KafkaStreamsMetrics(stage.streams());
        kafkaMetrics.bindTo(registry);
        StreamTasksGauge.bindTo(registry, stage.streams());
        // Before the stage starts: a port already taken must stop the command, not leave Kafka Streams running in
        // a process whose command has failed.
        OpsServer ops = StageLifecycle.serveOps(registry, new ListenAddress(config.bindAddress(),
                "newsagg.streams.bind-address", config.httpPort(), "newsagg.streams.http-port"),
                () -> stage.state() == KafkaStreams.State.RUNNING, conn, stage);
        var deadLetters = DeadLetterMeter.start(conn.clientProperties(), config.stage().topics().dlq(),
                StreamsStageConfig.STAGE, STREAMS_DEAD_LETTER_REASONS, registry);
        var lag = ConsumerLagMeter.start(conn.clientProperties(), config.stage().applicationId(),
                List.of(config.stage().topics().raw()), registry, ConsumerLagMeter.PERIOD);
        RocksDbMemoryGauge.bindTo(registry, config.stage().rocksDbMemoryBytes());
        var failed = StageLifecycle.failureOf(stage.streams());
        StageLifecycle.start(stage::start, conn, stage, ops, deadLetters, lag);
        System.err.println("streams stage running" + (ops == null ? "" : ", metrics on :" + ops.port() + "/metrics")
                + CatchUpOption.describe(config.stage()) + "; Ctrl-C to stop");
        return StageLifecycle.runUntilStoppedOrFailed(failed, conn, deadLetters, lag, stage, kafkaMetrics, ops);
    }
}
