package org.newsagg.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A directory of test resources as a {@link Path}, for code under test that reads directories. Inside the reactor
 * the resources are a directory of {@code target/classes} or a jar (after {@code package}); a jar's directory is
 * copied to a temporary directory first, so the same test reads the same files either way.
 */
public final class ResourceDirectory {

    // One copy per resource and JVM: a test that asks twice compares the same paths.
    private static final Map<String, Path> COPIES = new ConcurrentHashMap<>();

    private ResourceDirectory() {}

    public static Path of(String resource) {
        return COPIES.computeIfAbsent(resource, ResourceDirectory::locate);
    }

    private static Path locate(String resource) {
        URL url = ResourceDirectory.class.getResource(resource);
        if (url == null) throw new IllegalArgumentException("no test resource " + resource);
        try {
            URI uri = url.toURI();
            if ("file".equals(uri.getScheme())) return Path.of(uri);
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return copy(jar.getPath(resource), Files.createTempDirectory("newsagg-fixtures"));
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("resource URL " + url + " is not a URI", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read test resource " + resource, e);
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(from)) {
            all = walk.toList();
        }
        for (Path p : all) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) Files.createDirectories(target);
            else Files.copy(p, target);
        }
        to.toFile().deleteOnExit();
        return to;
    }
}
