package org.newsagg.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsagg.cluster.SettingsOptions;
import org.newsagg.ingest.replay.ArchiveContents;
import org.newsagg.ingest.replay.ArchiveReader;
import org.newsagg.model.Article;
import org.newsagg.model.Json;
import org.newsagg.streams.dedupe.DedupeDecision;
import org.newsagg.streams.dedupe.DedupeSettings;
import org.newsagg.streams.dedupe.Deduplicator;
import org.newsagg.streams.dedupe.InMemoryDedupeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "dedupe", mixinStandardHelpOptions = true,
        description = "Runs the streams stage's dedupe and story logic offline, in publication order, and prints one "
                + "JSON line per article: id, verdict (unique|exact|near), duplicateOf, similarity, storyId.")
public final class DedupeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Feed files, directories, *.jsonl article files, "
            + "or plain-text articles (first line the title, the rest the body).")
    List<Path> paths;

    @Mixin
    SettingsOptions options;

    /** One output line. */
    record Verdict(String id, String verdict, String duplicateOf, double similarity, String storyId, String source,
            String title) {}

    @Override
    public Integer call() {
        ArchiveContents archive = ArchiveReader.readWithPlainText(paths);
        archive.failures().forEach(f -> System.err.println("error: " + f.getMessage()));
        DedupeSettings settings = DedupeSettings.from(options.settings());
        Deduplicator deduplicator = new Deduplicator(settings);
        InMemoryDedupeStore store = new InMemoryDedupeStore(settings.retention());
        for (Article a : archive.articles()) {
            DedupeDecision d = deduplicator.decide(a, store);
            System.out.println(Json.write(new Verdict(a.id(), d.verdict(), d.duplicateOf(), d.similarity(), d.storyId(),
                    a.source(), a.title())));
        }
        return archive.failures().isEmpty() ? 0 : 1;
    }
}
