package org.newsagg.app.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.newsagg.app.reset.PipelineReset;
import org.newsagg.cluster.KafkaConnection;
import org.newsagg.cluster.KafkaOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsagg reset streams|sink}: recompute tags and aggregates after a dictionary change. */
@Command(name = "reset", mixinStandardHelpOptions = true,
        description = "Recomputes tags and aggregates from the topics upstream, e.g. after a dictionary change: Kafka's"
                + " application reset for a stage (offsets, internal topics, local state) and its old outputs removed."
                + " Stop every instance of the stages it resets first.",
        subcommands = {ResetCommand.Streams.class, ResetCommand.Sink.class})
public final class ResetCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "streams", mixinStandardHelpOptions = true,
            description = "Tags, stories and copies again from news.raw, then the aggregates: resets the streams and"
                    + " sink applications, deletes every record of news.tagged and news.duplicates, tombstones every"
                    + " key of news.aggregates and news.trending, and deletes this machine's state of both stages.")
    static final class Streams implements Callable<Integer> {
        @Mixin
        KafkaOptions kafka;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return run(kafka, spec, PipelineReset::streams);
        }
    }

    @Command(name = "sink", mixinStandardHelpOptions = true,
            description = "Aggregates and trending again from news.tagged and news.duplicates: resets the sink"
                    + " application, tombstones every key of news.aggregates and news.trending, and deletes this"
                    + " machine's sink state.")
    static final class Sink implements Callable<Integer> {
        @Mixin
        KafkaOptions kafka;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return run(kafka, spec, PipelineReset::sink);
        }
    }

    private static int run(KafkaOptions kafka, CommandSpec spec, Consumer<PipelineReset> reset) {
        CommandLine cmd = spec.commandLine();
        try (KafkaConnection conn = kafka.connect(); Admin admin = Admin.create(conn.clientProperties())) {
            reset.accept(new PipelineReset(conn.settings(), conn.clientProperties(), admin, cmd.getOut(), cmd.getErr(),
                    Duration.ofSeconds(60)));
            return 0;
        }
    }
}
