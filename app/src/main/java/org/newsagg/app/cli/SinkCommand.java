package org.newsagg.app.cli;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.Callable;
import org.newsagg.sink.SinkConfig;
import org.newsagg.sink.SinkStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "sink", mixinStandardHelpOptions = true,
        description = "Runs the sink stage: rolling windowed aggregates from the tagged and duplicates topics to the aggregates topic.")
public final class SinkCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Override
    public Integer call() {
        KafkaConnection conn = kafka.connect(3);
        if (!TopicPreflight.ready(conn)) {
            conn.close();
            return 1;
        }
        SinkStage stage = new SinkStage(SinkConfig.from(conn.settings()), new SimpleMeterRegistry(), null).start();
        System.err.println("sink stage running; Ctrl-C to stop");
        StageLifecycle.runUntilStopped(conn, stage);
        return 0;
    }
}
