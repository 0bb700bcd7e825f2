package org.newsagg.streams.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryProfilerTest {

    private final StoryProfiler profiler = new StoryProfiler(40, 48, 2.0, 2.0, 2000);
    private final WordTokenizer tokenizer = new WordTokenizer();

    @Test
    void capitalsInASentenceCaseHeadlineMakeEntities() {
        // The body only says "Russian forces": the headline is where "Russia" is written as a name.
        StoryProfiler.Profile p = profiler.profile(tokenizer.tokenize("Allies back the war crimes charge against Russia"),
                tokenizer.tokenize("Allies said Russian forces shelled towns."), t -> 0);
        assertEquals(Set.of("Russia", "Russian", "allies", "charge", "crimes", "forces", "shelled", "towns", "war"),
                Set.copyOf(p.terms()));
    }

    @Test
    void capitalsInATitleCaseHeadlineDoNotMakeEntities() {
        StoryProfiler.Profile p = profiler.profile(tokenizer.tokenize("Emergency Patch Fixes Browser Flaw At Corvant"),
                tokenizer.tokenize("The emergency patch from Corvant fixes a browser flaw that attackers used."), t -> 0);
        assertEquals(Set.of("Corvant", "attackers", "browser", "emergency", "fixes", "flaw", "patch"),
                Set.copyOf(p.terms()));
    }
}
