package org.newsagg.ingest.poll;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.newsagg.model.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the poller knows about each feed, kept across restarts in {@code newsagg.ingest.state-dir}: its validators
 * (so the first poll after a restart is conditional) and the ids it has published (so a restart publishes nothing
 * twice). One small JSON file per feed, named by a hash of its URL, replaced atomically: a crash leaves the old file
 * or the new one, never half of one. Without it, every restart re-published everything the feeds still listed.
 */
public final class FeedStateStore {

    private static final Logger LOG = LoggerFactory.getLogger(FeedStateStore.class);

    private final Path dir;

    public FeedStateStore(Path dir) {
        this.dir = dir;
    }

    /**
     * One feed's saved state.
     *
     * @param refetch a send of this feed failed: the next poll asks for the whole feed, without validators
     * @param seen    the ids stored on the raw topic, least recently seen first
     */
    public record Saved(String url, String etag, String lastModified, boolean refetch, List<String> seen) {

        public Saved {
            seen = seen == null ? List.of() : List.copyOf(seen);
        }
    }

    public Path dir() {
        return dir;
    }

    /**
     * Creates the directory if need be and checks that state can be written there, so that ingest refuses to start
     * on a directory it cannot use instead of logging a warning at every poll.
     */
    public void checkWritable() {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, "write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            // the JDK's exceptions name a path and a bare class: say what is wrong in words
            String why = e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof FileAlreadyExistsException ? "a file of that name is in the way"
                    : e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.toString();
            throw new UncheckedIOException("cannot keep feed state in " + dir + " (newsagg.ingest.state-dir): "
                    + why, e);
        }
    }

    /** The feed's saved state; empty when there is none, or when its file cannot be read (logged: one full poll). */
    public Optional<Saved> load(String url) {
        Path file = file(url);
        try {
            Saved saved = Json.MAPPER.readValue(Files.readAllBytes(file), Saved.class);
            return url.equals(saved.url()) ? Optional.of(saved) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("cannot read the saved state of {} from {}, polling it as new: {}", url, file, e.toString());
            return Optional.empty();
        }
    }

    /** Writes the feed's state to a temporary file, forces it to disk, then moves it over the old one. */
    public void save(Saved saved) {
        Path file = file(saved.url());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(dir);
            Files.write(temp, Json.write(saved).getBytes(StandardCharsets.UTF_8));
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the state of " + saved.url() + " to " + file + ": "
                    + e.getMessage(), e);
        }
    }

    Path file(String url) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return dir.resolve(HexFormat.of().formatHex(hash, 0, 16) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
