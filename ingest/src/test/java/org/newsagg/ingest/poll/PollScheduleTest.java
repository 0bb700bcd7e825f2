package org.newsagg.ingest.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

    private final PollSchedule schedule = new PollSchedule(0.1, Duration.ofHours(6));
    private final Duration interval = Duration.ofMinutes(15);

    @Test
    void successWaitsTheIntervalSpreadByJitter() {
        assertEquals(Duration.ofMinutes(15), schedule.nextDelay(interval, 0, null, 0.5));
        assertEquals(Duration.ofSeconds(810), schedule.nextDelay(interval, 0, null, 0.0));
        assertEquals(Duration.ofSeconds(981), schedule.nextDelay(interval, 0, null, 0.95));
    }

    @Test
    void failuresDoubleTheWaitUpToTheCeiling() {
        assertEquals(Duration.ofMinutes(15), schedule.nextDelay(interval, 1, null, 0.5));
        assertEquals(Duration.ofMinutes(30), schedule.nextDelay(interval, 2, null, 0.5));
        assertEquals(Duration.ofMinutes(60), schedule.nextDelay(interval, 3, null, 0.5));
        assertEquals(Duration.ofHours(6), schedule.nextDelay(interval, 10, null, 0.5));
        assertEquals(Duration.ofHours(6), schedule.nextDelay(interval, 1000, null, 0.5));
    }

    @Test
    void retryAfterIsNeverUndercut() {
        assertEquals(Duration.ofHours(2), schedule.nextDelay(interval, 1, Duration.ofHours(2), 0.0));
        assertEquals(Duration.ofMinutes(15), schedule.nextDelay(interval, 1, Duration.ofSeconds(30), 0.5));
    }
}
