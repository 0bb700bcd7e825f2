package org.newsagg.sink.web;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The system's Chromium, headless, offline and without a profile: loads a page and returns the DOM it built. */
final class HeadlessChromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 90;

    private HeadlessChromium() {}

    /** Fails when CI is set and Chromium is missing; otherwise a missing Chromium skips the test. */
    static void require() {
        boolean present = Files.isExecutable(BINARY);
        if (!present && System.getenv("CI") != null) {
            fail(BINARY + " is missing: the page test needs Chromium on CI (apt-get install -y chromium)");
        }
        assumeTrue(present, BINARY + " is missing; install it with apt-get install -y chromium to run the page test");
    }

    /** The DOM after the page's scripts ran for up to ten seconds of virtual time. */
    static String dumpDom(String url, Path profile) {
        List<String> command = new ArrayList<>(baseCommand(profile));
        command.add("--dump-dom");
        command.add(url);
        return run(command, profile);
    }

    static List<String> baseCommand(Path profile) {
        return List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--virtual-time-budget=10000");
    }

    static String run(List<String> command, Path workDir) {
        try {
            Path out = Files.createTempFile(workDir, "chromium", ".out");
            Path err = Files.createTempFile(workDir, "chromium", ".err");
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("chromium did not finish within " + TIMEOUT_SECONDS + "s: " + Files.readString(err));
            }
            if (p.exitValue() != 0) fail("chromium exited with " + p.exitValue() + ": " + Files.readString(err));
            return Files.readString(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
