package org.newsagg.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PipelineDrainTest {

    /** A lag that reads the given values in turn; each pause moves the fake clock on by a minute. */
    static final class Backlog {
        final Iterator<Long> lags;
        final AtomicLong nanos = new AtomicLong();
        int reads;

        Backlog(Long... lags) {
            this.lags = List.of(lags).iterator();
        }

        long next() {
            reads++;
            return lags.next();
        }

        void pause() {
            nanos.addAndGet(Duration.ofMinutes(1).toNanos());
        }
    }

    @Test
    void aBacklogThatKeepsShrinkingIsWaitedForLongerThanTheStallTime() {
        Backlog b = new Backlog(900L, 800L, 700L, 600L, 500L, 400L, 300L, 200L, 100L, 0L, 0L);
        PipelineDrain.waitForZeroLag(b::next, Duration.ofMinutes(2), true, b.nanos::get, b::pause, () -> "");
        assertEquals(11, b.reads);
        assertEquals(Duration.ofMinutes(10).toNanos(), b.nanos.get(), "ten minutes, five times the stall time");
    }

    @Test
    void aBacklogThatStopsShrinkingFailsAfterTheStallTimeSayingWhere() {
        Backlog b = new Backlog(900L, 800L, 800L, 850L, 800L, 0L, 0L);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PipelineDrain.waitForZeroLag(
                b::next, Duration.ofMinutes(2), true, b.nanos::get, b::pause, () -> "sink lag 800"));
        assertEquals("pipeline made no progress for PT2M: sink lag 800", e.getMessage());
        assertEquals(5, b.reads, "800 from minute 1; at minute 4, past its 2 minutes, still nothing lower");
    }

    @Test
    void withAFixedDeadlineEvenAShrinkingBacklogFailsWhenItRunsOut() {
        Backlog b = new Backlog(900L, 800L, 700L, 600L, 0L, 0L);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PipelineDrain.waitForZeroLag(
                b::next, Duration.ofMinutes(2), false, b.nanos::get, b::pause, () -> "sink lag 700"));
        assertEquals("pipeline did not drain within PT2M: sink lag 700", e.getMessage());
        assertEquals(4, b.reads);
    }

    @Test
    void oneZeroReadingIsNotYetDrained() {
        Backlog b = new Backlog(0L, 5L, 0L, 0L);
        PipelineDrain.waitForZeroLag(b::next, Duration.ofMinutes(2), true, b.nanos::get, b::pause, () -> "");
        assertEquals(4, b.reads);
    }
}
