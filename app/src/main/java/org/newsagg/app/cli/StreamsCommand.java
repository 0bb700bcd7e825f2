package org.newsagg.app.cli;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.Callable;
import org.newsagg.streams.StreamsStage;
import org.newsagg.streams.StreamsStageConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "streams", mixinStandardHelpOptions = true,
        description = "Runs the streams stage: dedupe, stories and tagging, from the raw topic to the tagged and duplicates topics.")
public final class StreamsCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Override
    public Integer call() {
        KafkaConnection conn = kafka.connect(3);
        if (!TopicPreflight.ready(conn)) {
            conn.close();
            return 1;
        }
        StreamsStage stage = new StreamsStage(StreamsStageConfig.from(conn.settings()), new SimpleMeterRegistry()).start();
        System.err.println("streams stage running; Ctrl-C to stop");
        StageLifecycle.runUntilStopped(conn, stage);
        return 0;
    }
}
