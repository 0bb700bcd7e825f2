package org.newsagg.model;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;

/**
 * Header names of the dead-letter topic. A dead letter's key and value are the original bytes, untouched, so that
 * {@code newsagg dlq replay} can re-publish it once the cause is fixed; everything known about the failure is in
 * these headers.
 */
public final class DeadLetters {

    /** Short machine-readable reason, e.g. "deserialization", "late", "processing", "parse". */
    public static final String REASON = "newsagg.dlq.reason";
    /** Human-readable error: what failed and why. */
    public static final String ERROR = "newsagg.dlq.error";
    /** Exception class, when there was one. */
    public static final String EXCEPTION = "newsagg.dlq.exception";
    /** The stage that gave up on the record: "ingest", "streams", "sink". */
    public static final String STAGE = "newsagg.dlq.stage";
    public static final String SOURCE_TOPIC = "newsagg.dlq.source.topic";
    public static final String SOURCE_PARTITION = "newsagg.dlq.source.partition";
    public static final String SOURCE_OFFSET = "newsagg.dlq.source.offset";

    private DeadLetters() {}

    /** Adds the headers that say why a record was dead-lettered and where it came from. */
    public static Headers annotate(Headers headers, String reason, String error, Throwable cause, String stage,
            String sourceTopic, int sourcePartition, long sourceOffset) {
        put(headers, REASON, reason);
        put(headers, ERROR, error);
        if (cause != null) put(headers, EXCEPTION, cause.getClass().getName());
        put(headers, STAGE, stage);
        if (sourceTopic != null) put(headers, SOURCE_TOPIC, sourceTopic);
        if (sourcePartition >= 0) put(headers, SOURCE_PARTITION, Integer.toString(sourcePartition));
        if (sourceOffset >= 0) put(headers, SOURCE_OFFSET, Long.toString(sourceOffset));
        return headers;
    }

    /** The value of a header as text, or null. */
    public static String header(Headers headers, String name) {
        var h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8));
    }
}
