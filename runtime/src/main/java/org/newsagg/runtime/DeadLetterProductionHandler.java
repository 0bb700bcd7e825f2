package org.newsagg.runtime;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InvalidTimestampException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.newsagg.model.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Streams stages' answer to a result they cannot write: a non-retriable produce error (a record too large, a
 * timestamp the broker refuses, a result that cannot be serialized) dead-letters the input record that produced it,
 * with the reason, inside the same transaction, and the stage goes on. Retriable errors are retried.
 *
 * <p>Under exactly-once only a refusal that never reached the producer leaves the transaction able to commit:
 * {@link WritableRecordsProducer} refuses records too large that way, and clamps timestamps so the broker has none
 * to refuse. An error the broker returns aborts the transaction whatever this handler answers; the task then re-reads
 * the record, and {@link StageThreadFailures} stops the stage once the same record has failed a few times. So that
 * it can name the record, every refusal is noted in {@link WriteFailures}.
 *
 * <p>A dead letter carries the input record's original bytes when the producer can still write them; when they are
 * too large themselves, it carries none, and the source headers say where the original still is.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterProductionHandler.class);

    private String topic = Topics.DLQ;
    private String stage = "streams";
    private WritableRecords limits = new WritableRecords(1024 * 1024);

    @Override
    public void configure(Map<String, ?> configs) {
        Object t = configs.get(DeadLetterHandler.TOPIC_CONFIG);
        if (t != null) topic = t.toString();
        Object s = configs.get(DeadLetterHandler.STAGE_CONFIG);
        if (s != null) stage = s.toString();
        limits = DeadLetter.limits(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
            Exception exception) {
        if (exception instanceof RetriableException) return Response.retry();
        String reason = exception instanceof RecordTooLargeException ? "too-large"
                : exception instanceof InvalidTimestampException ? "timestamp" : "production";
        return Response.resume(List.of(letter(context, record.topic(), record.key(), reason, exception)));
    }

    @Override
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
            SerializationExceptionOrigin origin) {
        return Response.resume(List.of(letter(context, record.topic(), null, "serialization", exception)));
    }

    private ProducerRecord<byte[], byte[]> letter(ErrorHandlerContext context, String destination, byte[] outputKey,
            String reason, Exception exception) {
        String error = "cannot write to " + destination + ": " + DeadLetterHandler.describe(exception);
        WriteFailures.note(stage, context.topic(), context.partition(), context.offset(), error);
        log.warn("dead-lettered {} record from {}-{}@{}: {}", reason, context.topic(), context.partition(),
                context.offset(), error);
        byte[] key = context.sourceRawKey() != null ? context.sourceRawKey() : outputKey;
        return DeadLetter.of(topic, stage, limits, key, context.sourceRawValue(), reason, error, exception,
                context.topic(), context.partition(), context.offset());
    }
}
