package org.newsagg.app.dictionaries;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsagg dictionaries import}: the field's dictionaries in the tagger's formats (docs/tagging.md). */
@Command(name = "dictionaries", mixinStandardHelpOptions = true,
        description = "Tools for the tagger's dictionaries.",
        subcommands = {DictionariesCommand.Import.class})
public final class DictionariesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Converts the Phoenix/PETRARCH2 actor, agent and CAMEO verb dictionaries into the "
                    + "tagger's people.tsv, named-actors.tsv, roles.tsv and verbs.tsv, with the licence and a README.")
    static final class Import implements Callable<Integer> {
        @Option(names = "--from", required = true, paramLabel = "DIR",
                description = "Directory with the Phoenix.*.actors.txt, Phoenix.agents.txt, CAMEO.verbpatterns.*.txt and LICENSE files.")
        Path from;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the tagger's files to.")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            DictionaryImport.Summary s = DictionaryImport.run(from, out);
            spec.commandLine().getOut().printf(
                    "wrote %s: %d people rows, %d named actors, %d role words, %d verb patterns, %d bare verb rows%n",
                    out, s.people(), s.named(), s.roles(), s.patterns(), s.bareVerbs());
            return 0;
        }
    }
}
