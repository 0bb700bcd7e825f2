package org.newsagg.app;

import org.newsagg.app.cli.BrokerCommand;
import org.newsagg.app.cli.DedupeCommand;
import org.newsagg.app.cli.DlqCommand;
import org.newsagg.app.cli.HealthCommand;
import org.newsagg.app.cli.IngestCommand;
import org.newsagg.app.cli.ParseCommand;
import org.newsagg.app.cli.RecordCommand;
import org.newsagg.app.cli.ReplayCommand;
import org.newsagg.app.cli.ResetCommand;
import org.newsagg.app.cli.SinkCommand;
import org.newsagg.app.cli.StatusCommand;
import org.newsagg.app.cli.StreamsCommand;
import org.newsagg.app.cli.TagCommand;
import org.newsagg.app.cli.TailCommand;
import org.newsagg.app.cli.TopicsCommand;
import org.newsagg.app.demo.DemoCommand;
import org.newsagg.bench.BenchCommand;
import org.newsagg.bench.profile.ProfileCommand;
import org.newsagg.eval.EvalCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code newsagg} command line: every stage as a process, the demo, the embedded broker and the tools. */
@Command(name = "newsagg", mixinStandardHelpOptions = true, version = "newsagg 0.1.0",
        description = "Live news event aggregation on Kafka Streams: feeds in, deduplicated and tagged articles, rolling aggregates out.",
        subcommands = {
            DemoCommand.class,
            BrokerCommand.class,
            TopicsCommand.class,
            IngestCommand.class,
            ReplayCommand.class,
            RecordCommand.class,
            ParseCommand.class,
            DedupeCommand.class,
            TagCommand.class,
            EvalCommand.class,
            org.newsagg.app.dictionaries.DictionariesCommand.class,
            StreamsCommand.class,
            SinkCommand.class,
            ResetCommand.class,
            TailCommand.class,
            StatusCommand.class,
            DlqCommand.class,
            HealthCommand.class,
            BenchCommand.class,
            ProfileCommand.class,
            CommandLine.HelpCommand.class
        })
public final class NewsaggCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /**
     * The command line as {@link #main} runs it. Expected failures (a bad file, an unreachable broker) get one line,
     * not a stack trace, starting with the whole command as typed ({@code newsagg dlq list:}), so that the user
     * sees which of several commands of a script failed.
     */
    public static CommandLine commandLine() {
        return new CommandLine(new NewsaggCommand()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + e.getMessage());
            return 1;
        });
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
