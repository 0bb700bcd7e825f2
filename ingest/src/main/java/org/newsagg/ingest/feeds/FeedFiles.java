package org.newsagg.ingest.feeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a list of paths names, as replay and the corpus report read them: files as given, directories walked
 * recursively in sorted order, skipping hidden files, fetch sidecars and Markdown notes kept beside feeds.
 */
public final class FeedFiles {

    /** Suffix of the sidecar {@code record} writes next to each body; see {@code replay.FetchSidecar}. */
    public static final String SIDECAR_SUFFIX = ".fetch.json";

    private FeedFiles() {}

    public static List<Path> list(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                files.add(p);
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile).filter(FeedFiles::isFeedCandidate).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + p, e);
            }
        }
        return files;
    }

    private static boolean isFeedCandidate(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith(SIDECAR_SUFFIX) && !name.endsWith(".md");
    }
}
