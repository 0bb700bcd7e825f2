package org.newsagg.runtime;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.newsagg.model.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Streams stages' answer to a result they cannot write. A record too large to send (refused by
 * {@link WritableRecordsProducer} before the producer saw it) or a result that cannot be serialized dead-letters the
 * input record that produced it, with the reason, inside the same transaction, and the stage goes on. Retriable
 * errors are retried.
 *
 * <p>Any other refusal came from the broker (a topic's own {@code max.message.bytes}, say; timestamps it cannot
 * refuse, {@link WritableRecords} clamps them). Under exactly-once it aborts the transaction whatever this handler
 * answers, so the handler fails the thread; the replacement re-reads the record, and {@link StageThreadFailures}
 * stops the stage once the same record has failed a few times. So that it can name the record, the refusal is
 * noted in {@link WriteFailures}.
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
        String error = "cannot write to " + record.topic() + ": " + DeadLetterHandler.describe(exception);
        if (exception instanceof WritableRecordsProducer.RefusedBeforeSend) {
            return Response.resume(List.of(letter(context, record.key(), "too-large", error, exception)));
        }
        // The broker refused it: the transaction aborts whatever the answer, a letter would be aborted with it, and
        // this runs on the producer's network thread, where a send waiting for metadata blocks for max.block.ms.
        // Fail at once; the replaced thread meets the record again and StageThreadFailures counts.
        WriteFailures.note(stage, context.topic(), context.partition(), context.offset(), error);
        log.error("the broker refused the result of {}-{}@{}: {}", context.topic(), context.partition(),
                context.offset(), error);
        return Response.fail();
    }

    @Override
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
            SerializationExceptionOrigin origin) {
        String error = "cannot serialize the " + origin.name().toLowerCase(java.util.Locale.ROOT) + " for "
                + record.topic() + ": " + DeadLetterHandler.describe(exception);
        return Response.resume(List.of(letter(context, null, "serialization", error, exception)));
    }

    private ProducerRecord<byte[], byte[]> letter(ErrorHandlerContext context, byte[] outputKey, String reason,
            String error, Exception exception) {
        log.warn("dead-lettered {} record from {}-{}@{}: {}", reason, context.topic(), context.partition(),
                context.offset(), error);
        byte[] key = context.sourceRawKey() != null ? context.sourceRawKey() : outputKey;
        return DeadLetter.of(topic, stage, limits, key, context.sourceRawValue(), reason, error, exception,
                context.topic(), context.partition(), context.offset());
    }
}
