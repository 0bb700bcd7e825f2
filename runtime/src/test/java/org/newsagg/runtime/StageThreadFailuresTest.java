package org.newsagg.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StageThreadFailuresTest {

    final StageThreadFailures failures = new StageThreadFailures("unit", "newsagg.unit.on-deleted-input");

    @AfterEach
    void forget() {
        WriteFailures.clear("unit");
    }

    static StreamsException processing(long offset, String thread) {
        return new StreamsException("Exception caught in process. taskId=0_0, processor=raw-articles, topic=t.news.raw,"
                + " partition=0, offset=" + offset + ", stacktrace=... [" + thread + "]",
                new IllegalStateException("boom"));
    }

    @Test
    void threeFailuresInARowOnOneRecordStopTheStageAndOthersReplaceTheThread() {
        assertEquals(List.of(StreamThreadExceptionResponse.REPLACE_THREAD, StreamThreadExceptionResponse.REPLACE_THREAD,
                StreamThreadExceptionResponse.SHUTDOWN_CLIENT), List.of(
                failures.handle(processing(5, "StreamThread-1")),
                failures.handle(processing(5, "StreamThread-2")),
                failures.handle(processing(5, "StreamThread-3"))));
    }

    @Test
    void aFailureOnAnotherRecordStartsTheCountAgain() {
        assertEquals(List.of(StreamThreadExceptionResponse.REPLACE_THREAD, StreamThreadExceptionResponse.REPLACE_THREAD,
                StreamThreadExceptionResponse.REPLACE_THREAD, StreamThreadExceptionResponse.REPLACE_THREAD), List.of(
                failures.handle(processing(5, "a")),
                failures.handle(processing(5, "b")),
                failures.handle(processing(6, "c")),
                failures.handle(processing(6, "d"))));
    }

    @Test
    void aFailureNamingNoRecordTakesTheRefusedWriteBeforeItAndOneWithNeitherNeverStopsTheStage() {
        StreamsException send = new StreamsException("Error encountered sending record to topic t.news.tagged",
                new RecordTooLargeException("too large for the topic"));
        for (int i = 0; i < 5; i++) {
            assertEquals(StreamThreadExceptionResponse.REPLACE_THREAD, failures.handle(send), "no record known");
        }
        List<StreamThreadExceptionResponse> responses = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            // Each failing thread's refusal is noted anew; a note is taken by the failure that follows it.
            WriteFailures.note("unit", "app-tag-repartition", 2, 0, "cannot write to t.news.tagged: too large.");
            responses.add(failures.handle(send));
        }
        assertEquals(List.of(StreamThreadExceptionResponse.REPLACE_THREAD, StreamThreadExceptionResponse.REPLACE_THREAD,
                StreamThreadExceptionResponse.SHUTDOWN_CLIENT), responses);
        assertEquals(StreamThreadExceptionResponse.REPLACE_THREAD, failures.handle(send), "no refusal noted since");
    }

    @Test
    void theStopIsOneLineNamingTheRecordTheCauseAndWhatToDo() {
        assertEquals("the unit stage stops: the record at app-tag-repartition-2 offset 0 failed 3 stream threads in a"
                + " row: cannot write to t.news.tagged: too large. Fix the cause and restart: the stage resumes at"
                + " that record (docs/operations.md)", StageThreadFailures.describeStuck("unit",
                "app-tag-repartition-2 offset 0", 3, "cannot write to t.news.tagged: too large."));
    }
}
