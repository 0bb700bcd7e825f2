package org.newsagg.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsagg.cluster.SettingsOptions;
import org.newsagg.ingest.replay.ArchiveContents;
import org.newsagg.ingest.replay.ArchiveReader;
import org.newsagg.model.Article;
import org.newsagg.model.Json;
import org.newsagg.streams.tagging.ArticleTagger;
import org.newsagg.streams.tagging.ArticleTags;
import org.newsagg.streams.tagging.TaggingSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tag", mixinStandardHelpOptions = true,
        description = "Tags articles offline with the streams stage's tagger and prints one JSON line per article: id, "
                + "title, actors, events, unresolved. --explain prints the evidence for every tag instead.")
public final class TagCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Feed files, directories, *.jsonl article files, "
            + "or plain-text articles (first line the title, the rest the body).")
    List<Path> paths;

    @Option(names = "--explain", description = "Show the evidence: matched words, dictionary entries, patterns, context.")
    boolean explain;

    @Mixin
    SettingsOptions options;

    /** One output line. */
    record Tagged(String id, String title, List<org.newsagg.model.ActorTag> actors,
            List<org.newsagg.model.EventTag> events, List<String> unresolved) {}

    @Override
    public Integer call() {
        ArchiveContents archive = ArchiveReader.readWithPlainText(paths);
        archive.failures().forEach(f -> System.err.println("error: " + f.getMessage()));
        ArticleTagger tagger = ArticleTagger.load(TaggingSettings.from(options.settings()));
        for (Article a : archive.articles()) {
            if (explain) {
                System.out.println("== " + a.id() + "  " + a.title());
                System.out.println(tagger.explain(a));
            } else {
                ArticleTags t = tagger.tag(a);
                System.out.println(Json.write(new Tagged(a.id(), a.title(), t.actors(), t.events(), t.unresolved())));
            }
        }
        return archive.failures().isEmpty() ? 0 : 1;
    }
}
