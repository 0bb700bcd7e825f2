package org.newsagg.sink.aggregate;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.newsagg.runtime.BinaryReads;
import org.newsagg.sink.evidence.EventEvidence;

/**
 * The format of {@link ContributionBatch}es on the sink's internal topics ({@code by-key}, {@code by-dimension}):
 * version byte 2, the article's fields and stamps once, then each contribution's key, events, Goldstein sum and
 * evidence. A record in {@link ContributionSerde}'s format (version 1, or JSON), a single contribution written by a
 * sink of an earlier version before an upgrade, is read as a batch of one, so records in flight are not lost.
 */
public final class ContributionBatchSerde extends BinarySerde<ContributionBatch> {

    static final byte VERSION = 2;

    private final ContributionSerde single = new ContributionSerde();

    @Override
    public byte[] serialize(String topic, ContributionBatch batch) {
        if (batch == null) return null;
        Contribution a = batch.first();
        byte[][] shared = {BinaryFields.utf8(a.articleId()), BinaryFields.utf8(a.storyId()),
            BinaryFields.utf8(a.outlet()), BinaryFields.utf8(a.title()), BinaryFields.utf8(a.url())};
        int size = 1 + BinaryFields.instantSize(a.published()) + 1 + 5 + BinaryFields.instantSize(a.watermark())
                + BinaryFields.instantSize(a.slowestInput()) + 4;
        for (byte[] s : shared) size += BinaryFields.stringSize(s);
        List<byte[][]> keys = new ArrayList<>(batch.contributions().size());
        for (Contribution c : batch.contributions()) {
            byte[][] k = keyStrings(c);
            keys.add(k);
            size += 4 + 8 + 4;
            for (byte[] s : k) size += BinaryFields.stringSize(s);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.put(VERSION);
        for (byte[] s : shared) BinaryFields.putString(out, s);
        BinaryFields.putInstant(out, a.published());
        out.put((byte) (a.copy() ? 1 : 0));
        out.put((byte) (a.origin() == null ? 0 : 1));
        out.putInt(a.origin() == null ? 0 : a.origin());
        BinaryFields.putInstant(out, a.watermark());
        BinaryFields.putInstant(out, a.slowestInput());
        out.putInt(batch.contributions().size());
        for (int i = 0; i < keys.size(); i++) {
            Contribution c = batch.contributions().get(i);
            byte[][] k = keys.get(i);
            BinaryFields.putString(out, k[0]);
            BinaryFields.putString(out, k[1]);
            out.putInt(c.events());
            // The double's bits: the sum comes back exactly as it went.
            out.putDouble(c.goldsteinSum());
            // -1: no evidence (the key keeps none); else that many (code, sentence, trigger) triples.
            out.putInt(c.evidence() == null ? -1 : c.evidence().size());
            for (int j = 2; j < k.length; j++) BinaryFields.putString(out, k[j]);
        }
        return out.array();
    }

    /** Dimension, key, then each event's code, sentence and trigger. */
    private static byte[][] keyStrings(Contribution c) {
        int events = c.evidence() == null ? 0 : c.evidence().size();
        byte[][] out = new byte[2 + 3 * events][];
        out[0] = BinaryFields.utf8(c.dimension());
        out[1] = BinaryFields.utf8(c.key());
        for (int i = 0; i < events; i++) {
            EventEvidence e = c.evidence().get(i);
            out[2 + 3 * i] = BinaryFields.utf8(e.code());
            out[3 + 3 * i] = BinaryFields.utf8(e.sentence());
            out[4 + 3 * i] = BinaryFields.utf8(e.trigger());
        }
        return out;
    }

    @Override
    public ContributionBatch deserialize(String topic, byte[] bytes) {
        if (bytes == null) return null;
        if (bytes.length == 0 || bytes[0] != VERSION) return ContributionBatch.of(single.deserialize(topic, bytes));
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            in.get();
            String articleId = BinaryReads.getString(in);
            String storyId = BinaryReads.getString(in);
            String outlet = BinaryReads.getString(in);
            String title = BinaryReads.getString(in);
            String url = BinaryReads.getString(in);
            Instant published = BinaryReads.getInstant(in);
            boolean copy = in.get() != 0;
            boolean hasOrigin = in.get() != 0;
            int origin = in.getInt();
            Instant watermark = BinaryReads.getInstant(in);
            Instant slowestInput = BinaryReads.getInstant(in);
            int count = in.getInt();
            if (count <= 0 || count > bytes.length) {
                throw new SerializationException("a batch of " + count + " contributions on " + topic);
            }
            List<Contribution> contributions = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String dimension = BinaryReads.getString(in);
                String key = BinaryReads.getString(in);
                int events = in.getInt();
                double goldsteinSum = in.getDouble();
                List<EventEvidence> evidence = ContributionSerde.readEvidence(in);
                contributions.add(new Contribution(dimension, key, articleId, storyId, outlet, published, copy, events,
                        goldsteinSum, title, url, hasOrigin ? origin : null, watermark, slowestInput, evidence));
            }
            return new ContributionBatch(contributions);
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            throw new SerializationException("not a contribution batch on " + topic + " (" + bytes.length + " bytes)", e);
        }
    }
}
