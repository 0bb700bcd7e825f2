package org.newsagg.app.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.newsagg.app.ops.PipelineStatusReader;
import org.newsagg.cluster.KafkaConnection;
import org.newsagg.cluster.KafkaOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "One screen: topics with partitions and end offsets, each stage's consumer lag (repartition "
                + "topics included), dead letters by reason.")
public final class StatusCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Override
    public Integer call() {
        try (KafkaConnection conn = kafka.connect()) {
            var status = PipelineStatusReader.of(conn.settings(), conn.clientProperties(), Duration.ofSeconds(30))
                    .read();
            System.out.print(status.render());
            return 0;
        }
    }
}
