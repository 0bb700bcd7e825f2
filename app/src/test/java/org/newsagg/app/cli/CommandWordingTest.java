package org.newsagg.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsagg.app.NewsaggCommand;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** What the commands say about themselves: parameters described, errors named by the whole command. */
class CommandWordingTest {

    static CommandLine command(CommandLine root, String... path) {
        CommandLine c = root;
        for (String name : path) c = c.getSubcommands().get(name);
        return c;
    }

    @Test
    void tailsTopicParameterIsDescribed() {
        CommandLine tail = command(NewsaggCommand.commandLine(), "tail");
        assertEquals(List.of("The topic to print, e.g. news.tagged or news.dlq (newsagg status lists them)."),
                List.of(tail.getCommandSpec().positionalParameters().get(0).description()));
    }

    @Test
    void aFailingSubcommandsErrorStartsWithTheWholeCommand() throws Exception {
        StringWriter err = new StringWriter();
        CommandLine root = NewsaggCommand.commandLine().setErr(new PrintWriter(err, true));
        CommandLine list = command(root, "dlq", "list");
        int code = root.getExecutionExceptionHandler()
                .handleExecutionException(new IllegalStateException("no topic named news.dlq"), list, null);
        assertEquals(1, code);
        assertEquals("newsagg dlq list: no topic named news.dlq" + System.lineSeparator(), err.toString());
    }

    @Test
    void offlineToolsOfferSettingsButNoBrokerOptions() {
        CommandLine root = NewsaggCommand.commandLine();
        List<String> found = new ArrayList<>();
        for (String[] path : List.of(new String[] {"dedupe"}, new String[] {"tag"}, new String[] {"parse"},
                new String[] {"eval", "feeds"}, new String[] {"eval", "stories"}, new String[] {"eval", "tags"})) {
            for (OptionSpec o : command(root, path).getCommandSpec().options()) {
                for (String name : o.names()) {
                    if (List.of("-b", "--bootstrap-servers", "--data-dir").contains(name)) {
                        found.add(String.join(" ", path) + " " + name);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
        for (String[] path : List.of(new String[] {"dedupe"}, new String[] {"tag"}, new String[] {"eval", "stories"},
                new String[] {"eval", "tags"})) {
            assertEquals(List.of("-D", "--set"), List.of(command(root, path).getCommandSpec().findOption("-D").names()),
                    String.join(" ", path));
        }
    }

    @Test
    void onlyDemoBrokerAndBenchStartABrokerOfTheirOwn() {
        List<String> withOwnBroker = new ArrayList<>();
        collectCommandsWithDataDir(NewsaggCommand.commandLine(), withOwnBroker);
        assertEquals(List.of("newsagg bench", "newsagg broker", "newsagg demo"), withOwnBroker.stream().sorted().toList());
    }

    private static void collectCommandsWithDataDir(CommandLine c, List<String> found) {
        if (c.getCommandSpec().findOption("--data-dir") != null) found.add(c.getCommandSpec().qualifiedName());
        c.getSubcommands().values().forEach(sub -> collectCommandsWithDataDir(sub, found));
    }
}
