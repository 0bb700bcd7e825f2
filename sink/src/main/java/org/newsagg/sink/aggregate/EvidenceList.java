package org.newsagg.sink.aggregate;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.newsagg.runtime.BinaryReads;
import org.newsagg.sink.evidence.EvidenceEntries;
import org.newsagg.sink.evidence.EvidenceRef;

/**
 * One key's evidence in one grain: the publication times and ids of its newest {@link EvidenceEntries#LIMIT}
 * articles, newest first, ties by id ({@link EvidenceRef#NEWEST_FIRST}), held as the bytes the store keeps. Adding
 * an article works on the bytes: it compares times, reads an id only when two times tie, and copies the rest, so a
 * list read from the record cache and written back is never decoded into objects.
 *
 * <p>The format: version byte 1, the number of articles (int), then each article's time (an instant as
 * {@link BinaryFields} writes it: a presence byte, epoch second, nanoseconds) and id (a string as it writes it).
 * Immutable: {@link #with} makes new bytes.
 */
public final class EvidenceList {

    static final byte VERSION = 1;
    private static final int HEADER = 1 + 4;
    /** An article's bytes before its id's: the instant's presence byte, second and nanoseconds, the id's length. */
    private static final int FIXED = 1 + 8 + 4 + 4;

    public static final EvidenceList EMPTY = new EvidenceList(new byte[] {VERSION, 0, 0, 0, 0});

    private final byte[] bytes;

    private EvidenceList(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A list in its stored bytes. */
    static EvidenceList of(byte[] bytes) {
        if (bytes.length < HEADER || bytes[0] != VERSION) {
            throw new SerializationException("evidence list format " + (bytes.length == 0 ? "(empty)" : bytes[0])
                    + ": this sink reads format " + VERSION);
        }
        return new EvidenceList(bytes);
    }

    byte[] bytes() {
        return bytes;
    }

    public int size() {
        return ByteBuffer.wrap(bytes).getInt(1);
    }

    public List<EvidenceRef> refs() {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        in.get();
        int n = in.getInt();
        List<EvidenceRef> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instant published = BinaryReads.getInstant(in);
            out.add(new EvidenceRef(published, BinaryReads.getString(in)));
        }
        return out;
    }

    /** Whether the list holds this article. */
    public boolean contains(Instant published, String id) {
        return refs().contains(new EvidenceRef(published, id));
    }

    /**
     * The list with this article in its place, the oldest dropped beyond the limit; this list itself when it holds
     * the article already, or is full of newer ones.
     */
    public EvidenceList with(Instant published, String id) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int n = b.getInt(1);
        long second = published.getEpochSecond();
        int nano = published.getNano();
        int limit = EvidenceEntries.LIMIT;
        int at = -1; // where the article goes
        int index = n;
        int cut = bytes.length; // where the kept articles end: before the limit-th, once the article is added
        int off = HEADER;
        for (int i = 0; i < n; i++) {
            if (i == limit - 1) cut = off;
            int length = b.getInt(off + 13);
            if (at < 0) {
                long s = b.getLong(off + 1);
                int ns = b.getInt(off + 9);
                int order = s != second ? Long.compare(second, s) : Integer.compare(nano, ns); // > 0: newer than it
                if (order == 0) {
                    int byId = new String(bytes, off + FIXED, length, StandardCharsets.UTF_8).compareTo(id);
                    if (byId == 0) return this;
                    order = byId;
                }
                if (order > 0) {
                    at = off;
                    index = i;
                    if (n < limit) break; // nothing is dropped: the rest is copied as it is
                }
            }
            off += FIXED + length;
        }
        if (index >= limit) return this;
        if (at < 0) at = off;
        if (n < limit) cut = bytes.length;
        byte[] utf8 = BinaryFields.utf8(id);
        ByteBuffer out = ByteBuffer.allocate(HEADER + (cut - HEADER) + FIXED + utf8.length);
        out.put(VERSION);
        out.putInt(Math.min(n + 1, limit));
        out.put(bytes, HEADER, at - HEADER);
        BinaryFields.putInstant(out, published);
        BinaryFields.putString(out, utf8);
        out.put(bytes, at, cut - at);
        return new EvidenceList(out.array());
    }

    @Override
    public String toString() {
        return refs().toString();
    }
}
