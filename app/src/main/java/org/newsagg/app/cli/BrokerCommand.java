package org.newsagg.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsagg.broker.EmbeddedKafkaBroker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Runs a single-node Kafka broker (KRaft) in this process and prints its bootstrap address. Stop "
                + "it with Ctrl-C; with --data-dir it restarts on the same data and address.")
public final class BrokerCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (default: temporary, deleted on exit).")
    Path dataDir;

    @Option(names = "--partitions", defaultValue = "3", description = "Default partitions of new topics (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Override
    public Integer call() {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, partitions);
        System.out.println("bootstrap.servers=" + broker.bootstrapServers());
        System.out.flush();
        StageLifecycle.runUntilStopped(broker);
        return 0;
    }
}
