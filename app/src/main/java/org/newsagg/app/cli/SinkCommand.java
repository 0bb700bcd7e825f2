package org.newsagg.app.cli;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.KafkaStreams;
import org.newsagg.app.ops.ConsumerLagMeter;
import org.newsagg.app.ops.DeadLetterMeter;
import org.newsagg.app.ops.EndToEndLagInterceptor;
import org.newsagg.app.ops.OpsServer;
import org.newsagg.app.ops.RocksDbMemoryGauge;
import org.newsagg.app.ops.StreamTasksGauge;
import org.newsagg.cluster.KafkaConnection;
import org.newsagg.cluster.KafkaOptions;
import org.newsagg.model.Settings;
import org.newsagg.model.Topics;
import org.newsagg.runtime.ListenAddress;
import org.newsagg.sink.SinkConfig;
import org.newsagg.sink.SinkStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "sink", mixinStandardHelpOptions = true,
        description = "Runs the sink stage: rolling windowed aggregates from the tagged and duplicates topics to the aggregates topic.")
public final class SinkCommand implements Callable<Integer> {

    /** Port of the sink's /metrics, /health and /ready; 0 picks a free one, -1 disables it. */
    static final String METRICS_PORT = "newsagg.sink.metrics-port";
    /** The dead-letter reasons the sink writes, each a metric series at 0 from the start. */
    static final List<String> SINK_DEAD_LETTER_REASONS = List.of("deserialization", "processing", "too-large", "expired",
            "unjoined");
    /** Address of that server: loopback by default, as every stage's. */
    static final String METRICS_BIND_ADDRESS = "newsagg.sink.metrics-bind-address";

    /** Where the sink's /metrics, /health and /ready listen (default 127.0.0.1:8083). */
    public static ListenAddress metricsAddress(Settings settings) {
        return ListenAddress.of(settings, METRICS_BIND_ADDRESS, settings.getInt(METRICS_PORT, 8083), METRICS_PORT);
    }

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
        var registry = OpsServer.newRegistry("sink");
        Topics topics = Topics.from(conn.settings());
        Settings settings = EndToEndLagInterceptor.measuring(catchUp.applyTo(conn.settings(), SinkConfig.STAGE),
                topics.tagged(), registry);
        SinkConfig config = SinkConfig.from(settings);
        SinkStage stage = new SinkStage(config, registry, null);
        var kafkaMetrics = new KafkaStreamsMetrics(stage.streams());
        kafkaMetrics.bindTo(registry);
        StreamTasksGauge.bindTo(registry, stage.streams());
        // Before the stage starts, as in the streams command.
        OpsServer ops = StageLifecycle.serveOps(registry, metricsAddress(settings),
                () -> stage.streams().state() == KafkaStreams.State.RUNNING, conn, stage);
        var deadLetters = DeadLetterMeter.start(conn.clientProperties(), topics.dlq(), "sink",
                SINK_DEAD_LETTER_REASONS, registry);
        var lag = ConsumerLagMeter.start(conn.clientProperties(), config.stage().applicationId(),
                List.of(topics.tagged(), topics.duplicates()), registry, ConsumerLagMeter.PERIOD);
        RocksDbMemoryGauge.bindTo(registry, config.stage().rocksDbMemoryBytes());
        var failed = StageLifecycle.failureOf(stage.streams());
        StageLifecycle.start(stage::start, conn, stage, ops, deadLetters, lag);
        System.err.println("sink stage running" + (ops == null ? "" : ", metrics on :" + ops.port() + "/metrics")
                + CatchUpOption.describe(config.stage()) + "; Ctrl-C to stop");
        return StageLifecycle.runUntilStoppedOrFailed(failed, conn, deadLetters, lag, stage, kafkaMetrics, ops);
    }
}
