package org.newsagg.ingest.feeds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The one size limit for feed bodies, from files and HTTP alike: reading stops one byte past the limit, so a
 * 100 MB file, an endless stream or a gzip bomb costs at most the limit in memory.
 */
public final class BodyLimit {

    private BodyLimit() {}

    /** All bytes of {@code in}, or a {@link BodyTooLargeException} as soon as there are more than {@code max}. */
    public static byte[] read(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(max, 64 * 1024));
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > max) throw new BodyTooLargeException(max);
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** A body over the limit; its message is what users see. */
    public static final class BodyTooLargeException extends IOException {
        public BodyTooLargeException(long max) {
            super("body exceeds " + max + " bytes");
        }
    }
}
