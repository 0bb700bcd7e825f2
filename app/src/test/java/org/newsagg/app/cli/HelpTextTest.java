package org.newsagg.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsagg.app.NewsaggCommand;
import picocli.CommandLine;

/** Every command's --help reads well in an 80-column terminal. */
class HelpTextTest {

    /** Each command's whole tree: the top command, its subcommands and theirs. */
    private static List<CommandLine> everyCommand() {
        List<CommandLine> all = new ArrayList<>();
        List<CommandLine> todo = new ArrayList<>(List.of(new CommandLine(new NewsaggCommand())));
        while (!todo.isEmpty()) {
            CommandLine c = todo.remove(0);
            all.add(c);
            todo.addAll(c.getSubcommands().values());
        }
        return all;
    }

    @Test
    void noHelpLineIsWiderThanEightyColumns() {
        List<String> wide = new ArrayList<>();
        for (CommandLine c : everyCommand()) {
            c.setUsageHelpWidth(80);
            for (String line : c.getUsageMessage(CommandLine.Help.Ansi.OFF).split("\n")) {
                if (line.length() > 80) wide.add(c.getCommandSpec().qualifiedName() + ": " + line);
            }
        }
        assertEquals(List.of(), wide);
    }

    /**
     * A description given as several strings breaks a line after each one, wherever picocli's own wrapping left it:
     * sentences then break mid-line, and the command list shows only the first fragment.
     */
    @Test
    void everyCommandDescriptionIsOneParagraphThatPicocliWraps() {
        List<String> split = new ArrayList<>();
        for (CommandLine c : everyCommand()) {
            // picocli's own help command is not ours to word.
            if (!(c.getCommand() instanceof CommandLine.HelpCommand)
                    && c.getCommandSpec().usageMessage().description().length > 1) {
                split.add(c.getCommandSpec().qualifiedName());
            }
        }
        assertEquals(List.of(), split);
    }
}
