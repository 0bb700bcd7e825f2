package org.newsagg.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.newsagg.cluster.PipelineDrain.Reading;

class PipelineDrainTest {

    /** Readings given as lag, consumed, lag, consumed...; each pause moves the fake clock on by a minute. */
    static final class Backlog {
        final Iterator<Reading> readings;
        final AtomicLong nanos = new AtomicLong();
        int reads;

        Backlog(long... lagThenConsumed) {
            List<Reading> list = new ArrayList<>();
            for (int i = 0; i < lagThenConsumed.length; i += 2) {
                list.add(new Reading(lagThenConsumed[i], lagThenConsumed[i + 1]));
            }
            this.readings = list.iterator();
        }

        Reading next() {
            reads++;
            return readings.next();
        }

        void pause() {
            nanos.addAndGet(Duration.ofMinutes(1).toNanos());
        }

        void awaitWhileProgressing(String where) {
            PipelineDrain.waitForZeroLag(this::next, Duration.ofMinutes(2), true, nanos::get, this::pause,
                    () -> where);
        }
    }

    @Test
    void aBacklogThatKeepsShrinkingIsWaitedForLongerThanTheStallTime() {
        Backlog b = new Backlog(900, 0, 800, 100, 700, 200, 600, 300, 500, 400, 400, 500, 300, 600, 200, 700,
                100, 800, 0, 900, 0, 900);
        b.awaitWhileProgressing("");
        assertEquals(11, b.reads);
        assertEquals(Duration.ofMinutes(10).toNanos(), b.nanos.get(), "ten minutes, five times the stall time");
    }

    @Test
    void aLagThatClimbsWhileTheGroupsCommitIsProgress() {
        // The sink reads news.tagged and writes its by-key repartition topic: its total lag rises for as long as
        // it writes contributions faster than it aggregates them, then falls.
        Backlog b = new Backlog(900, 100, 1200, 200, 1500, 300, 1800, 400, 1900, 500, 1500, 600, 1000, 700,
                500, 800, 0, 900, 0, 900);
        b.awaitWhileProgressing("");
        assertEquals(10, b.reads, "the lag first went below 900 at minute 6, past the stall time, and it did not fail");
    }

    @Test
    void aBacklogWhoseGroupsStopCommittingFailsAfterTheStallTimeSayingWhere() {
        Backlog b = new Backlog(900, 100, 800, 200, 700, 200, 600, 200, 500, 200, 0, 300, 0, 300);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> b.awaitWhileProgressing("sink lag 600"));
        assertEquals("pipeline made no progress for PT2M: sink lag 600", e.getMessage());
        assertEquals(5, b.reads, "200 consumed from minute 1; at minute 4, past its 2 minutes, nothing more");
    }

    @Test
    void aTopicNotCreatedYetIsNeitherDrainedNorProgress() {
        Backlog b = new Backlog(Long.MAX_VALUE, -1, Long.MAX_VALUE, -1, Long.MAX_VALUE, -1, Long.MAX_VALUE, -1);
        assertThrows(IllegalStateException.class, () -> b.awaitWhileProgressing("streams lag unknown"));
        assertEquals(4, b.reads);
        assertEquals(Reading.UNKNOWN, new Reading(5, 10).plus(Reading.UNKNOWN));
        assertEquals(new Reading(7, 30), new Reading(5, 10).plus(new Reading(2, 20)));
    }

    @Test
    void withAFixedDeadlineEvenAShrinkingBacklogFailsWhenItRunsOut() {
        Backlog b = new Backlog(900, 0, 800, 100, 700, 200, 600, 300, 0, 900, 0, 900);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PipelineDrain.waitForZeroLag(
                b::next, Duration.ofMinutes(2), false, b.nanos::get, b::pause, () -> "sink lag 700"));
        assertEquals("pipeline did not drain within PT2M: sink lag 700", e.getMessage());
        assertEquals(4, b.reads);
    }

    @Test
    void oneZeroReadingIsNotYetDrained() {
        Backlog b = new Backlog(0, 10, 5, 10, 0, 15, 0, 15);
        b.awaitWhileProgressing("");
        assertEquals(4, b.reads);
    }
}
