package org.newsagg.app.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.newsagg.app.ops.DeadLetterReplay;
import org.newsagg.app.ops.DeadLetterScan;
import org.newsagg.app.ops.ReplayResult;
import org.newsagg.cluster.KafkaConnection;
import org.newsagg.cluster.KafkaOptions;
import org.newsagg.model.Json;
import org.newsagg.model.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

@Command(name = "dlq", mixinStandardHelpOptions = true,
        description = "Dead letters: list them, or replay them to their source topic once their cause is fixed.",
        subcommands = {DlqCommand.ListLetters.class, DlqCommand.ReplayLetters.class})
public final class DlqCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Prints every dead letter as a JSON line: key, timestamp, partition, offset, headers, value.")
    static final class ListLetters implements Callable<Integer> {

        @Option(names = "--reason", paramLabel = "R", description = "Only letters with this reason.")
        String reason;

        @Mixin
        KafkaOptions kafka;

        @Override
        public Integer call() {
            try (KafkaConnection conn = kafka.connect()) {
                var scan = new DeadLetterScan(conn.clientProperties(), Topics.from(conn.settings()).dlq(),
                        Duration.ofSeconds(30));
                scan.forEach(r -> {
                    if (reason == null || reason.equals(DeadLetterScan.reasonOf(r))) {
                        System.out.println(Json.write(TailCommand.line(r)));
                    }
                });
                return 0;
            }
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = "Re-publishes dead letters (original key and value) to their source topic, or --to, "
                    + "each once: progress is kept by consumer group newsagg-dlq-replay (one group per --reason).")
    static final class ReplayLetters implements Callable<Integer> {

        @Option(names = "--reason", paramLabel = "R", description = "Only letters with this reason.")
        String reason;

        @Option(names = "--to", paramLabel = "TOPIC", description = "Publish here instead of each letter's source topic.")
        String to;

        @Option(names = "--group", paramLabel = "GROUP",
                description = "Consumer group that remembers progress (default newsagg-dlq-replay[.REASON]).")
        String group;

        @Mixin
        KafkaOptions kafka;

        @Override
        public Integer call() {
            try (KafkaConnection conn = kafka.connect()) {
                String g = group != null ? group : DeadLetterReplay.groupFor(reason);
                ReplayResult result = new DeadLetterReplay(conn.clientProperties(),
                        Topics.from(conn.settings()).dlq(), g, Duration.ofMinutes(2)).replay(reason, to);
                result.replayed().forEach((topic, n) -> System.out.println("replayed " + n + " to " + topic));
                System.out.println("replayed " + result.totalReplayed() + ", skipped " + result.filteredOut()
                        + " of other reasons, " + result.unroutable() + " without a source topic (use --to)");
                return 0;
            }
        }
    }
}
