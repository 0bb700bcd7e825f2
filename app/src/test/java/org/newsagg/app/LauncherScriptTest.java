package org.newsagg.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code newsagg} launcher on a fresh clone: Maven's quiet build takes about a minute, so the launcher must say
 * that it is building and how long it usually takes. Run here with stand-ins for {@code mvn} and {@code java} on
 * the PATH, in a copy of the script beside an empty project.
 */
class LauncherScriptTest {

    static void executable(Path file, String text) throws Exception {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    record Run(int code, List<String> out, List<String> err) {}

    static Run launch(Path clone, Path bin) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", clone.resolve("newsagg").toString(), "demo", "--once");
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().remove("NEWSAGG_JAVA_OPTS");
        Path out = clone.resolve("out.txt");
        Path err = clone.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher finished");
        return new Run(p.exitValue(), Files.readAllLines(out), Files.readAllLines(err));
    }

    @Test
    void aFirstRunSaysItIsBuildingAndHowLongItUsuallyTakesThenRunsTheJar(@TempDir Path clone, @TempDir Path bin)
            throws Exception {
        Files.copy(Path.of("..", "newsagg"), clone.resolve("newsagg"));
        Files.writeString(clone.resolve("pom.xml"), "<project/>\n");
        // mvn makes the jar where the real build puts it; java says what it was asked to run
        executable(bin.resolve("mvn"), "#!/bin/sh\nmkdir -p app/target && echo jar > app/target/newsagg.jar\n");
        executable(bin.resolve("java"), "#!/bin/sh\necho \"java $*\"\n");

        Run first = launch(clone, bin);

        assertEquals(0, first.code());
        assertEquals(List.of("java -jar " + clone.resolve("app/target/newsagg.jar") + " demo --once"), first.out());
        assertEquals(2, first.err().size(), first.err().toString());
        assertEquals("newsagg: building the jar with Maven (first run); this usually takes about a minute...",
                first.err().get(0));
        assertTrue(first.err().get(1).matches("newsagg: built in \\d+ s"), first.err().get(1));

        // built and unchanged: straight to the jar, without a word
        Run second = launch(clone, bin);
        assertEquals(new Run(0, first.out(), List.of()), second);
    }
}
