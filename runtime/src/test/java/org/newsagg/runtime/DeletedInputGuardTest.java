package org.newsagg.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.NoOffsetForPartitionException;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetOutOfRangeException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;
import org.newsagg.runtime.DeletedInputGuard.Gap;
import org.newsagg.runtime.DeletedInputGuard.Policy;

class DeletedInputGuardTest {

    static final TopicPartition RAW0 = new TopicPartition("news.raw", 0);
    static final TopicPartition TAGGED0 = new TopicPartition("news.tagged", 0);
    static final TopicPartition TAGGED1 = new TopicPartition("news.tagged", 1);
    static final TopicPartition TAGGED2 = new TopicPartition("news.tagged", 2);

    @Test
    void aGapIsACommittedOffsetBelowTheLogStartAndNeverANewOrCaughtUpPartition() {
        List<Gap> gaps = DeletedInputGuard.gaps(
                Map.of(TAGGED2, 40L, TAGGED1, 10L, TAGGED0, 5L, RAW0, 0L),
                Map.of(TAGGED2, new OffsetAndMetadata(12), TAGGED1, new OffsetAndMetadata(10),
                        RAW0, new OffsetAndMetadata(0)));
        // news.tagged-0 was never committed: a new group starts at its log start, which is not a loss.
        assertEquals(List.of(new Gap(TAGGED2, 12, 40)), gaps);
        assertEquals(28, gaps.get(0).records());
        assertEquals("news.tagged-2 offsets 12-39 (28 records)", gaps.get(0).toString());
    }

    @Test
    void theRefusalNamesEveryGapTheTotalAndTheSettingThatSkipsThem() {
        List<Gap> gaps = List.of(new Gap(RAW0, 100, 549_811), new Gap(TAGGED1, 3, 5));
        assertEquals("the sink stage will not start: retention deleted 549713 input records before it read them"
                + " (news.raw-0 offsets 100-549810 (549711 records), news.tagged-1 offsets 3-4 (2 records)). Raise"
                + " the topics' retention for the next replay (docs/operations.md); to go on without these records,"
                + " set newsagg.sink.on-deleted-input=skip",
                DeletedInputGuard.describe("sink", "newsagg.sink.on-deleted-input", gaps, Policy.FAIL));
        assertEquals("the sink stage skips 549713 input records that retention deleted before it read them"
                + " (news.raw-0 offsets 100-549810 (549711 records), news.tagged-1 offsets 3-4 (2 records))",
                DeletedInputGuard.describe("sink", "newsagg.sink.on-deleted-input", gaps, Policy.SKIP));
    }

    @Test
    void aThreadStoppedByAPositionOutOfRangeSaysWhereAndStopsTheStage() {
        var cause = new OffsetOutOfRangeException("out of range", Map.of(TAGGED1, 7L, RAW0, 0L));
        var failure = new StreamsException("No valid committed offset found for input [news.raw]", cause);
        assertEquals(Optional.of(cause), DeletedInputGuard.deletedPosition(failure));
        assertEquals("the streams stage stops: retention deleted input records before it read them (news.raw-0 at"
                + " offset 0, news.tagged-1 at offset 7). Restart it to see how many; it then refuses to start unless"
                + " newsagg.streams.on-deleted-input=skip",
                DeletedInputGuard.describeRunning("streams", "newsagg.streams.on-deleted-input", cause));
        assertEquals(StreamThreadExceptionResponse.SHUTDOWN_CLIENT,
                new StageThreadFailures("streams", "newsagg.streams.on-deleted-input").handle(failure));
    }

    @Test
    void aThreadStoppedByAPartitionNeverCommittedIsToldToRestart() {
        var cause = new NoOffsetForPartitionException(Set.of(TAGGED2));
        assertEquals("the sink stage stops: it has no committed offset for news.tagged-2 (partitions added, or a"
                + " topic created after the stage started). Restart it: it starts such partitions at their log start",
                DeletedInputGuard.describeRunning("sink", "newsagg.sink.on-deleted-input", cause));
        assertEquals(StreamThreadExceptionResponse.SHUTDOWN_CLIENT,
                new StageThreadFailures("sink", "newsagg.sink.on-deleted-input").handle(new StreamsException(cause)));
    }

    @Test
    void anyOtherThreadFailureReplacesTheThread() {
        var failure = new StreamsException("task crashed", new IllegalStateException("store closed"));
        assertEquals(Optional.empty(), DeletedInputGuard.deletedPosition(failure));
        assertEquals(StreamThreadExceptionResponse.REPLACE_THREAD,
                new StageThreadFailures("sink", "newsagg.sink.on-deleted-input").handle(failure));
    }

    @Test
    void thePolicyIsFailOrSkipAndAnythingElseNamesTheSetting() {
        assertEquals(Policy.FAIL, Policy.parse("k", "fail"));
        assertEquals(Policy.SKIP, Policy.parse("k", " SKIP "));
        var e = assertThrows(IllegalArgumentException.class,
                () -> Policy.parse("newsagg.streams.on-deleted-input", "earliest"));
        assertEquals("newsagg.streams.on-deleted-input must be fail or skip, not 'earliest'", e.getMessage());
    }
}
