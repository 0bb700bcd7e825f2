package org.newsagg.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Response;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Result;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;
import org.newsagg.model.DeadLetters;

class DeadLetterProductionHandlerTest {

    record Context(String topic, int partition, long offset, byte[] sourceRawKey, byte[] sourceRawValue)
            implements ErrorHandlerContext {
        @Override public Headers headers() { return new RecordHeaders(); }
        @Override public String processorNodeId() { return "tagged"; }
        @Override public TaskId taskId() { return new TaskId(1, 2); }
        @Override public long timestamp() { return 0; }
    }

    final DeadLetterProductionHandler handler = handler(20_000);

    static DeadLetterProductionHandler handler(int maxRequestSize) {
        DeadLetterProductionHandler h = new DeadLetterProductionHandler();
        h.configure(Map.of(DeadLetterHandler.TOPIC_CONFIG, "t.dlq", DeadLetterHandler.STAGE_CONFIG, "streams",
                "producer.max.request.size", Integer.toString(maxRequestSize)));
        return h;
    }

    static final ProducerRecord<byte[], byte[]> OUTPUT = new ProducerRecord<>("t.news.tagged",
            bytes("a-1"), new byte[25_000]);

    @Test
    void aRecordRefusedBeforeSendingIsDeadLetteredAsTooLargeWithTheOriginalWhenItFits() {
        Response r = handler.handleError(new Context("t.news.raw", 0, 7, bytes("a-1"), bytes("{\"id\":\"a-1\"}")),
                OUTPUT, new WritableRecordsProducer.RefusedBeforeSend("a record of about 25090 bytes for"
                        + " t.news.tagged exceeds max.request.size (20000 bytes)"));

        assertEquals(Result.RESUME, r.result());
        ProducerRecord<byte[], byte[]> letter = r.deadLetterQueueRecords().get(0);
        assertEquals("t.dlq", letter.topic());
        assertArrayEquals(bytes("a-1"), letter.key());
        assertArrayEquals(bytes("{\"id\":\"a-1\"}"), letter.value());
        assertEquals(Map.of(
                DeadLetters.REASON, "too-large",
                DeadLetters.ERROR, "cannot write to t.news.tagged: a record of about 25090 bytes for t.news.tagged"
                        + " exceeds max.request.size (20000 bytes)",
                DeadLetters.EXCEPTION, WritableRecordsProducer.RefusedBeforeSend.class.getName(),
                DeadLetters.STAGE, "streams",
                DeadLetters.SOURCE_TOPIC, "t.news.raw",
                DeadLetters.SOURCE_PARTITION, "0",
                DeadLetters.SOURCE_OFFSET, "7"), headers(letter));
    }

    @Test
    void anOriginalTooLargeToWriteIsLeftOutOfTheLetterWhichSaysWhereItIs() {
        Response r = handler.handleError(new Context("t.news.raw", 0, 7, null, new byte[19_000]), OUTPUT,
                new WritableRecordsProducer.RefusedBeforeSend("too large"));

        ProducerRecord<byte[], byte[]> letter = r.deadLetterQueueRecords().get(0);
        assertArrayEquals(bytes("a-1"), letter.key(), "the output's key when the input's is gone");
        assertNull(letter.value());
        assertEquals("cannot write to t.news.tagged: too large (the original's 19000 bytes are not in this letter:"
                + " too large to write; it is at t.news.raw-0@7)", headers(letter).get(DeadLetters.ERROR));
    }

    @Test
    void aRefusalFromTheBrokerFailsTheThreadAndIsNotedForStageThreadFailures() {
        WriteFailures.clear("streams");
        Response r = handler.handleError(new Context("app-tag-repartition", 2, 0, null, null), OUTPUT,
                new RecordTooLargeException("The request included a message larger than the max message size the"
                        + " server will accept."));

        assertEquals(Result.FAIL, r.result());
        assertEquals(List.of(), r.deadLetterQueueRecords());
        assertEquals(new WriteFailures.Failure("app-tag-repartition", 2, 0, "cannot write to t.news.tagged: The"
                + " request included a message larger than the max message size the server will accept."),
                WriteFailures.take("streams").orElseThrow());
        WriteFailures.clear("streams");
    }

    @Test
    void aRetriableErrorIsRetried() {
        assertEquals(Result.RETRY, handler.handleError(new Context("t.news.raw", 0, 7, null, null), OUTPUT,
                new TimeoutException("slow broker")).result());
    }

    static Map<String, String> headers(ProducerRecord<byte[], byte[]> letter) {
        Map<String, String> h = new java.util.TreeMap<>();
        letter.headers().forEach(x -> h.put(x.key(), new String(x.value(), StandardCharsets.UTF_8)));
        return h;
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
