package org.newsagg.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsagg.model.Json;
import picocli.CommandLine.Option;

/** {@code --json FILE} of every {@code eval} subcommand: the figures as JSON, beside the table. */
final class JsonOutputOption {

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
    Path file;

    /** Fails before a long run, not after it, when an input is missing or the JSON file cannot be written. */
    void checkBefore(List<Path> inputs) {
        for (Path p : inputs) {
            if (!Files.exists(p)) throw new IllegalArgumentException("no such file or directory: " + p);
        }
        if (file == null) return;
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
            throw new IllegalArgumentException("cannot write " + file + ": " + parent + " is not a writable directory");
        }
    }

    void write(Object figures, PrintWriter err) {
        if (file == null) return;
        try {
            Files.writeString(file, Json.write(figures) + "\n");
            err.println("figures written to " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
