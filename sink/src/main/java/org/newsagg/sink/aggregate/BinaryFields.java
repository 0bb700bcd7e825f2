package org.newsagg.sink.aggregate;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Writes the fields of the sink's internal binary formats, in {@link java.io.DataOutput}'s byte order and layout (so
 * bytes written by the earlier {@code DataOutputStream} code read the same): a string is its UTF-8 length as an int
 * (-1 for null) and its bytes; an instant a presence byte, then its epoch second (long) and nanoseconds (int). Read
 * with {@link org.newsagg.runtime.BinaryReads}, which the streams stage's formats share.
 */
final class BinaryFields {

    private BinaryFields() {}

    /** UTF-8 bytes of {@code s}, or null: encode once, then size the buffer and write. */
    static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    static int stringSize(byte[] utf8) {
        return 4 + (utf8 == null ? 0 : utf8.length);
    }

    static void putString(ByteBuffer out, byte[] utf8) {
        if (utf8 == null) {
            out.putInt(-1);
            return;
        }
        out.putInt(utf8.length);
        out.put(utf8);
    }


    static int instantSize(Instant t) {
        return t == null ? 1 : 13;
    }

    static void putInstant(ByteBuffer out, Instant t) {
        out.put((byte) (t == null ? 0 : 1));
        if (t == null) return;
        out.putLong(t.getEpochSecond());
        out.putInt(t.getNano());
    }
}
