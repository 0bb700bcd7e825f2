package org.newsagg.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * CI runs {@code .ci/run} on a clean clone; it must run exactly the test command the README gives, and nothing in it
 * may fail for reasons of its own. A {@code mvn -v | head -1} under {@code set -o pipefail} once failed CI in a
 * second: head closed the pipe and Maven died of SIGPIPE.
 */
class CiScriptTest {

    static final Pattern README_TEST_COMMAND = Pattern.compile("(?m)^(mvn [^#\\n]*?)\\s+# the test command");

    @Test
    void ciRunsTheReadmeTestCommand() throws Exception {
        Matcher m = README_TEST_COMMAND.matcher(Files.readString(Path.of("..", "README.md")));
        assertTrue(m.find(), "README names its test command");
        List<String> lines = Files.readAllLines(Path.of("..", ".ci", "run"));
        assertEquals(m.group(1).strip(), lines.get(lines.size() - 1).strip());
    }

    @Test
    void ciNeverCutsAPipeShortUnderPipefail() throws Exception {
        String script = Files.readString(Path.of("..", ".ci", "run"));
        assertTrue(script.contains("set -euo pipefail"));
        for (String line : script.split("\n")) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            assertFalse(line.matches(".*\\|\\s*(head|grep -q|grep -m)\\b.*"), "a pipe reader that may stop early: " + line);
        }
    }
}
