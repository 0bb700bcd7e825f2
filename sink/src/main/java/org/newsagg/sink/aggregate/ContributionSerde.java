package org.newsagg.sink.aggregate;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.newsagg.model.JsonSerde;
import org.newsagg.runtime.BinaryReads;
import org.newsagg.sink.evidence.EventEvidence;

/**
 * The format of contributions on the sink's internal repartition topics ({@code by-key}, {@code by-dimension}):
 * compact binary instead of JSON. About 28 contributions per article cross a repartition topic, each written by
 * one task and read by another; in JSON that was about a tenth of the sink's thread in a catch-up profile
 * (docs/benchmarks.md). The first byte is the format's version; a record that starts with {@code '{'} is JSON,
 * written by a sink of the earlier version before an upgrade, and is still read. Contributions on the dead-letter
 * topic stay JSON, for people and tools.
 */
public final class ContributionSerde extends BinarySerde<Contribution> {

    static final byte VERSION = 1;
    private static final byte JSON = '{';

    private final JsonSerde<Contribution> json = new JsonSerde<>(Contribution.class);

    @Override
    public byte[] serialize(String topic, Contribution c) {
        if (c == null) return null;
        byte[][] strings = {
            BinaryFields.utf8(c.dimension()), BinaryFields.utf8(c.key()), BinaryFields.utf8(c.articleId()),
            BinaryFields.utf8(c.storyId()), BinaryFields.utf8(c.outlet()), BinaryFields.utf8(c.title()),
            BinaryFields.utf8(c.url())};
        int size = 1 + BinaryFields.instantSize(c.published()) + 1 + 4 + 8 + 5
                + BinaryFields.instantSize(c.watermark()) + BinaryFields.instantSize(c.slowestInput());
        for (byte[] s : strings) size += BinaryFields.stringSize(s);
        byte[][] evidence = evidenceStrings(c.evidence());
        size += 4;
        if (evidence != null) for (byte[] s : evidence) size += BinaryFields.stringSize(s);
        ByteBuffer out = ByteBuffer.allocate(size);
        out.put(VERSION);
        for (byte[] s : strings) BinaryFields.putString(out, s);
        BinaryFields.putInstant(out, c.published());
        out.put((byte) (c.copy() ? 1 : 0));
        out.putInt(c.events());
        // The double's bits: the sum comes back exactly as it went.
        out.putDouble(c.goldsteinSum());
        out.put((byte) (c.origin() == null ? 0 : 1));
        out.putInt(c.origin() == null ? 0 : c.origin());
        BinaryFields.putInstant(out, c.watermark());
        BinaryFields.putInstant(out, c.slowestInput());
        // -1: no evidence (the key keeps none); else that many (code, sentence, trigger) triples.
        out.putInt(evidence == null ? -1 : evidence.length / 3);
        if (evidence != null) for (byte[] s : evidence) BinaryFields.putString(out, s);
        return out.array();
    }

    @Override
    public Contribution deserialize(String topic, byte[] bytes) {
        if (bytes == null) return null;
        if (bytes.length > 0 && bytes[0] == JSON) return json.deserialize(topic, bytes);
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            byte version = in.get();
            if (version != VERSION) {
                throw new SerializationException("contribution format " + version + " on " + topic
                        + ": this sink reads format " + VERSION + " and JSON");
            }
            String dimension = BinaryReads.getString(in);
            String key = BinaryReads.getString(in);
            String articleId = BinaryReads.getString(in);
            String storyId = BinaryReads.getString(in);
            String outlet = BinaryReads.getString(in);
            String title = BinaryReads.getString(in);
            String url = BinaryReads.getString(in);
            Instant published = BinaryReads.getInstant(in);
            boolean copy = in.get() != 0;
            int events = in.getInt();
            double goldsteinSum = in.getDouble();
            boolean hasOrigin = in.get() != 0;
            int origin = in.getInt();
            Instant watermark = BinaryReads.getInstant(in);
            Instant slowestInput = BinaryReads.getInstant(in);
            List<EventEvidence> evidence = readEvidence(in);
            return new Contribution(dimension, key, articleId, storyId, outlet, published, copy, events, goldsteinSum,
                    title, url, hasOrigin ? origin : null, watermark, slowestInput, evidence);
        } catch (BufferUnderflowException e) {
            throw new SerializationException("not a contribution on " + topic + " (" + bytes.length + " bytes)", e);
        }
    }

    /**
     * Evidence as both formats write it: a count, -1 for none (the key keeps none), then that many (code, sentence,
     * trigger) triples.
     */
    static List<EventEvidence> readEvidence(ByteBuffer in) {
        int count = in.getInt();
        if (count < 0) return null;
        List<EventEvidence> evidence = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            evidence.add(new EventEvidence(BinaryReads.getString(in), BinaryReads.getString(in),
                    BinaryReads.getString(in)));
        }
        return evidence;
    }

    /** The evidence as code, sentence, trigger byte strings in turn; null for none. */
    private static byte[][] evidenceStrings(List<EventEvidence> evidence) {
        if (evidence == null) return null;
        byte[][] out = new byte[evidence.size() * 3][];
        for (int i = 0; i < evidence.size(); i++) {
            EventEvidence e = evidence.get(i);
            out[3 * i] = BinaryFields.utf8(e.code());
            out[3 * i + 1] = BinaryFields.utf8(e.sentence());
            out[3 * i + 2] = BinaryFields.utf8(e.trigger());
        }
        return out;
    }
}
