package org.newsagg.app.cli;

import java.util.Map;
import org.newsagg.model.Settings;
import org.newsagg.runtime.StageSettings;
import picocli.CommandLine.Option;

/** The stage commands' {@code --catch-up}: {@code newsagg.<stage>.catch-up=true} ({@code CatchUpProfile}). */
public final class CatchUpOption {

    @Option(names = "--catch-up",
            description = "Batch for replaying a backlog into an idle pipeline: 2 s transactions, larger producer "
                    + "batches and polls (newsagg.<stage>.catch-up=true; settings given explicitly still win). "
                    + "Same output values; costs live latency (docs/operations.md).")
    boolean catchUp;

    /** {@code settings} with the stage's catch-up key on when the flag was given; otherwise as they are. */
    public Settings applyTo(Settings settings, String stage) {
        return catchUp ? settings.with(Map.of(StageSettings.catchUpKey(stage), "true")) : settings;
    }

    /** What a stage that runs with the profile says when it starts. */
    static String describe(StageSettings stage) {
        return stage.catchUp() ? "; catch-up profile on (commits every " + stage.commitInterval().toMillis() + " ms)"
                : "";
    }
}
