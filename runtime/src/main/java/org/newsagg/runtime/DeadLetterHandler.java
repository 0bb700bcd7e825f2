package org.newsagg.runtime;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.newsagg.model.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Streams stages' answer to a record they cannot read or process: send its original bytes to the dead-letter
 * topic with the reason in {@link org.newsagg.model.DeadLetters} headers, inside the same transaction, and keep running.
 *
 * <p>Configured through the Streams config: {@link #TOPIC_CONFIG} names the dead-letter topic and {@link #STAGE_CONFIG}
 * the stage. Kafka's own {@code errors.dead.letter.queue.topic.name} would do the routing, but its headers are
 * Streams-internal names; ours are the documented contract of {@code news.dlq} for every stage, ingest included.
 */
public final class DeadLetterHandler implements DeserializationExceptionHandler, ProcessingExceptionHandler {

    public static final String TOPIC_CONFIG = "newsagg.dlq.topic";
    public static final String STAGE_CONFIG = "newsagg.stage";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterHandler.class);

    private String topic = Topics.DLQ;
    private String stage = "streams";
    private WritableRecords limits = new WritableRecords(1024 * 1024);

    @Override
    public void configure(Map<String, ?> configs) {
        Object t = configs.get(TOPIC_CONFIG);
        if (t != null) topic = t.toString();
        Object s = configs.get(STAGE_CONFIG);
        if (s != null) stage = s.toString();
        limits = DeadLetter.limits(configs);
    }

    @Override
    public DeserializationExceptionHandler.Response handleError(ErrorHandlerContext context,
            ConsumerRecord<byte[], byte[]> record, Exception exception) {
        ProducerRecord<byte[], byte[]> letter = letter(context, record.key(), record.value(), "deserialization",
                exception);
        return DeserializationExceptionHandler.Response.resume(List.of(letter));
    }

    @Override
    public ProcessingExceptionHandler.Response handleError(ErrorHandlerContext context, Record<?, ?> record,
            Exception exception) {
        ProducerRecord<byte[], byte[]> letter = letter(context, context.sourceRawKey(), context.sourceRawValue(),
                "processing", exception);
        return ProcessingExceptionHandler.Response.resume(List.of(letter));
    }

    private ProducerRecord<byte[], byte[]> letter(ErrorHandlerContext context, byte[] key, byte[] value,
            String reason, Exception exception) {
        String error = describe(exception);
        log.warn("dead-lettered {} record from {}-{}@{}: {}", reason, context.topic(), context.partition(),
                context.offset(), error);
        return DeadLetter.of(topic, stage, limits, key, value, reason, error, exception, context.topic(),
                context.partition(), context.offset());
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        Throwable cause = e.getCause();
        // Streams wraps the serde's exception; the serde's message is the one that says what was wrong.
        if (cause != null && cause.getMessage() != null && (message == null || !message.contains(cause.getMessage()))) {
            message = (message == null ? "" : message + ": ") + cause.getMessage();
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }

}
