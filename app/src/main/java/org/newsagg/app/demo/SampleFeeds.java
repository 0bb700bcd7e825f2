package org.newsagg.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The sample feeds bundled in the jar (see samples/MANIFEST.md), copied out to files the archive reader can read. */
public final class SampleFeeds {

    private static final String DIR = "/samples/";

    private SampleFeeds() {}

    public static List<String> names() {
        try (InputStream in = SampleFeeds.class.getResourceAsStream(DIR + "index.txt")) {
            if (in == null) throw new IllegalStateException("samples/index.txt is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the sample feeds into {@code dir} and returns their paths, in index order. */
    public static List<Path> extractTo(Path dir) {
        List<Path> out = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (String name : names()) {
                try (InputStream in = SampleFeeds.class.getResourceAsStream(DIR + name)) {
                    if (in == null) throw new IllegalStateException("sample " + name + " is listed but missing");
                    Path target = dir.resolve(name);
                    Files.write(target, in.readAllBytes());
                    out.add(target);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sample feeds to " + dir + ": " + e.getMessage(), e);
        }
    }
}
