package org.newsagg.runtime;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Reads the fields of both stages' internal binary formats, which share {@link java.io.DataOutput}'s byte order and
 * layout: a string is its UTF-8 length as an int (-1 for null) and its bytes; an instant a presence byte, then its
 * epoch second (long) and nanoseconds (int), so it comes back exactly. From a {@link ByteBuffer} over the record's
 * bytes: {@code DataInputStream} takes a synchronized call per byte of every int (5% of the sink's thread in a
 * catch-up profile, docs/benchmarks.md). Each stage writes with its own helper, sized for its formats.
 */
public final class BinaryReads {

    private BinaryReads() {}

    /** @throws BufferUnderflowException when the bytes end before the string does */
    public static String getString(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0) return null;
        if (length > in.remaining()) throw new BufferUnderflowException();
        String s = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }

    public static Instant getInstant(ByteBuffer in) {
        return in.get() != 0 ? Instant.ofEpochSecond(in.getLong(), in.getInt()) : null;
    }
}
