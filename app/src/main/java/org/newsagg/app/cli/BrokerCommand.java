package org.newsagg.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsagg.broker.EmbeddedKafkaBroker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Runs a single-node Kafka broker (KRaft) in this process, on localhost:9092 by default (the address "
                + "the other commands use when given none), and prints its bootstrap address. Stop it with Ctrl-C; "
                + "with --data-dir it restarts on the same data and address.")
public final class BrokerCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (default: temporary, deleted on exit).")
    Path dataDir;

    @Option(names = "--port", defaultValue = "9092",
            description = "Port on 127.0.0.1; 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--partitions", defaultValue = "3", description = "Default partitions of new topics (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Override
    public Integer call() {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, partitions, port);
        System.out.println("bootstrap.servers=" + broker.bootstrapServers());
        System.out.flush();
        StageLifecycle.runUntilStopped(broker);
        return 0;
    }
}
