package org.newsagg.streams.dedupe;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * The field encodings of the streams stage's binary formats ({@link StoredArticleSerde}, {@link DedupeOutcomeSerde}),
 * big-endian as {@link java.io.DataOutput} writes them: a string is its UTF-8 length as an int (-1 for null) and its
 * bytes; an instant a presence byte, then its epoch second (long) and nanoseconds (int), so it comes back exactly.
 * Written into a growing array; read with {@link org.newsagg.runtime.BinaryReads}, which the sink's formats share.
 */
final class BinaryFields {

    /** The first byte of every JSON value the stage wrote before its binary formats: such a value is read as JSON. */
    static final byte JSON = '{';

    private BinaryFields() {}

    /** A growing byte array to write one value into. */
    static final class Writer {
        private byte[] bytes;
        private int size;

        Writer(int capacity) {
            bytes = new byte[capacity];
        }

        private void room(int n) {
            if (size + n > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
        }

        Writer putByte(int b) {
            room(1);
            bytes[size++] = (byte) b;
            return this;
        }

        Writer putInt(int v) {
            room(4);
            for (int shift = 24; shift >= 0; shift -= 8) bytes[size++] = (byte) (v >>> shift);
            return this;
        }

        Writer putLong(long v) {
            room(8);
            for (int shift = 56; shift >= 0; shift -= 8) bytes[size++] = (byte) (v >>> shift);
            return this;
        }

        Writer putDouble(double v) {
            // The bits: the value comes back exactly as it went.
            return putLong(Double.doubleToRawLongBits(v));
        }

        Writer putString(String s) {
            if (s == null) return putInt(-1);
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            putInt(utf8.length);
            room(utf8.length);
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
            return this;
        }

        Writer putInstant(Instant t) {
            putByte(t == null ? 0 : 1);
            if (t != null) {
                putLong(t.getEpochSecond());
                putInt(t.getNano());
            }
            return this;
        }

        byte[] toByteArray() {
            return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
        }
    }
}
