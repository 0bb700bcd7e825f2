package org.newsagg.runtime;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.newsagg.model.DeadLetters;

/** A dead letter as the stages' handlers write it: the original bytes, when they can be written, and why. */
final class DeadLetter {

    /** Room left for the key and headers when deciding whether an original value still fits in a letter. */
    static final int HEADER_ROOM = 8 * 1024;

    private DeadLetter() {}

    /**
     * The letter for a record that failed. An original value the producer would refuse (the record was too large,
     * or it would be once headers are added) is left out, so the letter itself can always be written; the error
     * says so, and the source headers say where the original is.
     */
    static ProducerRecord<byte[], byte[]> of(String dlqTopic, String stage, WritableRecords limits, byte[] key,
            byte[] value, String reason, String error, Throwable cause, String sourceTopic, int sourcePartition,
            long sourceOffset) {
        byte[] kept = value;
        if (value != null && !limits.fits(value, HEADER_ROOM + (key == null ? 0 : key.length))) {
            kept = null;
            error = error + " (the original's " + value.length + " bytes are not in this letter: too large to write;"
                    + " it is at " + sourceTopic + "-" + sourcePartition + "@" + sourceOffset + ")";
        }
        RecordHeaders headers = new RecordHeaders();
        DeadLetters.annotate(headers, reason, error, cause, stage, sourceTopic, sourcePartition, sourceOffset);
        return new ProducerRecord<>(dlqTopic, null, null, key, kept, headers);
    }

    /** The producer's size bound as a Streams config sets it (plain or {@code producer.}-prefixed). */
    static WritableRecords limits(Map<String, ?> streamsConfig) {
        Object prefixed = streamsConfig.get(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG));
        return prefixed != null ? new WritableRecords(Integer.parseInt(prefixed.toString().trim()))
                : WritableRecords.of(streamsConfig);
    }
}
