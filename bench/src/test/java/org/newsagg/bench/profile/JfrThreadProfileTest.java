package org.newsagg.bench.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JfrThreadProfileTest {

    /** Keeps a thread busy in this class's code, so that every sample of it is "other newsagg code". */
    private static volatile long sink;

    @Test
    void aBusyThreadsSamplesAreFoundByNameAndGroupedByItsCode(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("busy.jfr");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<ThreadSamples> profile = List.of();
        // Sampling is asynchronous: a short recording on a loaded machine can catch no sample, so record again
        // until one does, up to the deadline.
        while (profile.isEmpty() && System.nanoTime() < deadline) {
            try (Recording r = new Recording()) {
                r.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
                r.start();
                Thread busy = new Thread(JfrThreadProfileTest::spin, "probe-StreamThread-1");
                busy.start();
                busy.join();
                r.stop();
                r.dump(file);
            }
            profile = JfrThreadProfile.read(file, Pattern.compile("probe-StreamThread"), SampleGroups.STAGE_THREADS);
        }
        assertEquals(1, profile.size(), "one thread matches");
        ThreadSamples t = profile.get(0);
        assertEquals("probe-StreamThread-1", t.thread());
        assertTrue(t.weighted() >= 1, "at least one sample");
        assertEquals(List.of("other newsagg code"), List.copyOf(t.byGroup().keySet()));
        assertEquals(1.0, t.share("other newsagg code"));
    }

    private static void spin() {
        long end = System.nanoTime() + Duration.ofMillis(300).toNanos();
        long x = 17;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 10_000; i++) x = x * 6364136223846793005L + 1442695040888963407L;
        }
        sink = x;
    }
}
