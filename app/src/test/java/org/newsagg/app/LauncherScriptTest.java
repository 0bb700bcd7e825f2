package org.newsagg.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        return launch(clone, bin, Map.of(), "demo", "--once");
    }

    /** Runs the launcher with {@code env} on top of an environment without any JVM options of the caller's. */
    static Run launch(Path clone, Path bin, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", clone.resolve("newsagg").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        for (String name : List.of("NEWSAGG_JAVA_OPTS", "NEWSAGG_HEAP", "JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS")) {
            pb.environment().remove(name);
        }
        pb.environment().putAll(env);
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

    @Test
    void eachStageGetsItsDocumentedHeapUnlessAHeapIsGivenExplicitly(@TempDir Path clone, @TempDir Path bin)
            throws Exception {
        Files.copy(Path.of("..", "newsagg"), clone.resolve("newsagg"));
        Files.writeString(clone.resolve("pom.xml"), "<project/>\n");
        executable(bin.resolve("mvn"), "#!/bin/sh\nmkdir -p app/target && echo jar > app/target/newsagg.jar\n");
        executable(bin.resolve("java"), "#!/bin/sh\necho \"java $*\"\n");
        String jar = clone.resolve("app/target/newsagg.jar").toString();
        launch(clone, bin); // builds the stand-in jar once

        assertEquals(List.of("java -Xmx512m -jar " + jar + " streams -b k:9092"),
                launch(clone, bin, Map.of(), "streams", "-b", "k:9092").out());
        assertEquals(List.of("java -Xmx512m -jar " + jar + " sink"), launch(clone, bin, Map.of(), "sink").out());
        assertEquals(List.of("java -Xmx256m -jar " + jar + " ingest --feeds f.yaml"),
                launch(clone, bin, Map.of(), "ingest", "--feeds", "f.yaml").out());
        // other commands are short-lived or measure memory themselves (bench sets its stages' heaps)
        assertEquals(List.of("java -jar " + jar + " status"), launch(clone, bin, Map.of(), "status").out());

        // an explicit -Xmx in NEWSAGG_JAVA_OPTS wins: the default is not passed at all
        assertEquals(List.of("java -Xmx2g -XX:+UseG1GC -jar " + jar + " sink"),
                launch(clone, bin, Map.of("NEWSAGG_JAVA_OPTS", "-Xmx2g -XX:+UseG1GC"), "sink").out());
        // so does container-aware sizing, which -Xmx would silently override
        assertEquals(List.of("java -XX:MaxRAMPercentage=50 -jar " + jar + " streams"),
                launch(clone, bin, Map.of("NEWSAGG_JAVA_OPTS", "-XX:MaxRAMPercentage=50"), "streams").out());
        // and a heap set in the JVM's own variable, which the java launcher reads before the command line
        assertEquals(List.of("java -jar " + jar + " ingest"),
                launch(clone, bin, Map.of("JDK_JAVA_OPTIONS", "-Xmx1g"), "ingest").out());
        // other options keep the default heap
        assertEquals(List.of("java -Xmx256m -Dx=y -jar " + jar + " ingest"),
                launch(clone, bin, Map.of("NEWSAGG_JAVA_OPTS", "-Dx=y"), "ingest").out());
        // NEWSAGG_HEAP sets the size for any command; empty, it passes none
        assertEquals(List.of("java -Xmx768m -jar " + jar + " sink"),
                launch(clone, bin, Map.of("NEWSAGG_HEAP", "768m"), "sink").out());
        assertEquals(List.of("java -Xmx1g -jar " + jar + " demo"),
                launch(clone, bin, Map.of("NEWSAGG_HEAP", "1g"), "demo").out());
        assertEquals(List.of("java -jar " + jar + " sink"), launch(clone, bin, Map.of("NEWSAGG_HEAP", ""), "sink").out());
    }
}
