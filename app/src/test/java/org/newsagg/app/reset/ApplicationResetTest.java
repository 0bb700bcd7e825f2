package org.newsagg.app.reset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one line a failed run of Kafka's reset tool leaves in newsagg's error message. */
class ApplicationResetTest {

    @Test
    void theToolsErrorLineIsTheMessageNotItsProgressOrStackTrace() {
        String said = """
                Reset-offsets for input topics [news.raw]
                ERROR: java.util.concurrent.TimeoutException: Timed out waiting for a node assignment.
                java.util.concurrent.TimeoutException: Timed out waiting for a node assignment.
                \tat org.apache.kafka.tools.StreamsResetter.execute(StreamsResetter.java:180)
                """;
        assertEquals("ERROR: java.util.concurrent.TimeoutException: Timed out waiting for a node assignment.",
                ApplicationReset.firstError(said));
    }

    @Test
    void withoutAnErrorLineAllItSaidOnOneLine() {
        assertEquals("Reset-offsets for input topics [news.tagged] / Following input topics are not found, skipping"
                + " them / Topic: news.tagged / Done.", ApplicationReset.firstError("""
                Reset-offsets for input topics [news.tagged]
                Following input topics are not found, skipping them
                Topic: news.tagged

                Done.
                """));
        assertEquals("no message (exit code not 0)", ApplicationReset.firstError(""));
    }
}
