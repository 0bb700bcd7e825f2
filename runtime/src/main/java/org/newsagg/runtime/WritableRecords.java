package org.newsagg.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

/**
 * What a broker accepts from a stage's producer, checked before the record is sent.
 *
 * <p>Why before: under exactly-once, a record the producer or broker refuses puts the whole transaction in error, so
 * the task aborts and re-reads the same input, which fails the same way, forever. A record refused here never
 * reaches the producer: the production exception handler dead-letters it inside a transaction that still commits.
 *
 * <ul>
 *   <li>Timestamps: the stages stamp records with event time (an article's publication time). Brokers refuse
 *       timestamps more than {@code message.timestamp.after.max.ms} (1 h by default) ahead of their clock, so a
 *       record is never stamped later than the wall clock. Event time itself travels in the value: every consumer
 *       of the stages' topics extracts it from there.</li>
 *   <li>Size: the producer refuses a record larger than {@code max.request.size}. The bound here is the producer's
 *       own, computed over the uncompressed record, as the producer does.</li>
 * </ul>
 */
public final class WritableRecords {

    /** Bytes a batch of one record costs beyond its key, value and headers (batch header and record framing). */
    static final int RECORD_OVERHEAD = 61 + 21;

    private final int maxRequestSize;

    public WritableRecords(int maxRequestSize) {
        this.maxRequestSize = maxRequestSize;
    }

    /** The bound of a producer configured with {@code producerConfig} ({@code max.request.size}, 1 MiB by default). */
    public static WritableRecords of(Map<String, ?> producerConfig) {
        Object max = producerConfig.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        return new WritableRecords(max == null ? 1024 * 1024 : Integer.parseInt(max.toString().trim()));
    }

    public int maxRequestSize() {
        return maxRequestSize;
    }

    /** {@code timestamp}, or {@code now} when it is later: null (the producer's clock) stays null. */
    public static Long clamp(Long timestamp, long now) {
        return timestamp == null || timestamp <= now ? timestamp : Long.valueOf(now);
    }

    /** The record with its timestamp clamped to {@code now}; the same instance when nothing changes. */
    public static <K, V> ProducerRecord<K, V> clamped(ProducerRecord<K, V> record, long now) {
        Long ts = clamp(record.timestamp(), now);
        if (ts == record.timestamp()) return record;
        return new ProducerRecord<>(record.topic(), record.partition(), ts, record.key(), record.value(),
                record.headers());
    }

    /** An upper bound of the record's size as the producer counts it. */
    public static int size(ProducerRecord<byte[], byte[]> record) {
        long size = RECORD_OVERHEAD + length(record.key()) + length(record.value());
        for (Header h : record.headers()) {
            size += 10 + h.key().getBytes(StandardCharsets.UTF_8).length + length(h.value());
        }
        return (int) Math.min(Integer.MAX_VALUE, size);
    }

    /** Whether the producer would refuse the record for its size. */
    public boolean tooLarge(ProducerRecord<byte[], byte[]> record) {
        return size(record) > maxRequestSize;
    }

    /** Whether {@code bytes} fit in a record beside the given room for key and headers. */
    public boolean fits(byte[] bytes, int room) {
        return length(bytes) + room + RECORD_OVERHEAD <= maxRequestSize;
    }

    private static int length(byte[] bytes) {
        return bytes == null ? 0 : bytes.length;
    }
}
