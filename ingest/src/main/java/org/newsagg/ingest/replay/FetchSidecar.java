package org.newsagg.ingest.replay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.newsagg.ingest.feeds.FeedFiles;
import org.newsagg.ingest.feeds.FeedSource;
import org.newsagg.model.Json;

/**
 * What {@code record} knew when it saved a feed body, kept next to it as {@code <file>.fetch.json}: the fetch time
 * and the configured source. Replay reads it so that a replayed body yields exactly the articles the live poll did.
 */
public record FetchSidecar(String url, Instant fetched, String name, String language, List<String> tags) {

    public static final String SUFFIX = FeedFiles.SIDECAR_SUFFIX;

    public static FetchSidecar of(FeedSource source, Instant fetched) {
        return new FetchSidecar(source.url(), fetched, source.name(), source.language(), source.tags());
    }

    public FeedSource source() {
        return new FeedSource(url, name, language, null, tags);
    }

    public static Path pathFor(Path feedFile) {
        return feedFile.resolveSibling(feedFile.getFileName() + SUFFIX);
    }

    public void writeFor(Path feedFile) throws IOException {
        Files.writeString(pathFor(feedFile), Json.write(this) + "\n", StandardCharsets.UTF_8);
    }

    /** The sidecar of a feed file, or null when it has none. */
    public static FetchSidecar readFor(Path feedFile) throws IOException {
        Path sidecar = pathFor(feedFile);
        if (!Files.isRegularFile(sidecar)) return null;
        return Json.MAPPER.readValue(sidecar.toFile(), FetchSidecar.class);
    }
}
