package org.newsagg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsagg.model.Settings;

/** What a phase hands its child stage JVMs (the memory phase's {@link StageProcess}es): its overrides. */
class PhaseLayoutTest {

    private static final Path WORK = Path.of("/tmp/unused");

    @Test
    void catchUpSettingsReachTheOverridesTheStageProcessesGet() {
        Settings base = Settings.of(Map.of("kafka.bootstrap.servers", "unused:9092",
                "newsagg.streams.catch-up", "true", "newsagg.sink.catch-up", "true"));

        PhaseLayout layout = PhaseLayout.of(base, Map.of(), "run", "memory", WORK);

        assertEquals("true", layout.overrides().get("newsagg.streams.catch-up"));
        assertEquals("true", layout.overrides().get("newsagg.sink.catch-up"));
    }

    @Test
    void withoutCatchUpTheOverridesSayNothingOfIt() {
        PhaseLayout layout = PhaseLayout.of(Settings.of(Map.of("kafka.bootstrap.servers", "unused:9092")), Map.of(),
                "run", "memory", WORK);

        assertFalse(layout.overrides().containsKey("newsagg.streams.catch-up"));
        assertFalse(layout.overrides().containsKey("newsagg.sink.catch-up"));
    }
}
