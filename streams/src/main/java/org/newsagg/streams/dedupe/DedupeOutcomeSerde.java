package org.newsagg.streams.dedupe;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.newsagg.model.Article;
import org.newsagg.model.JsonSerde;
import org.newsagg.runtime.BinaryReads;

/**
 * The format of {@link DedupeOutcome}s on the stage's internal {@code tag} repartition topic, between the dedupe
 * task and the tagging tasks: compact binary instead of JSON (docs/benchmarks.md, "The streams stage's overhead").
 * Each unique article crosses it once, written by one task and read by another. The first byte is the format's
 * version; a record that starts with {@code '{'} is JSON, written by a stage of the earlier version before an
 * upgrade, and is still read, so records in flight are not lost. Every field comes back exactly.
 */
public final class DedupeOutcomeSerde implements Serde<DedupeOutcome>, Serializer<DedupeOutcome>,
        Deserializer<DedupeOutcome> {

    static final byte VERSION = 1;

    private final JsonSerde<DedupeOutcome> json = new JsonSerde<>(DedupeOutcome.class);

    @Override
    public byte[] serialize(String topic, DedupeOutcome o) {
        if (o == null) return null;
        Article a = o.article();
        int text = (a.text() == null ? 0 : a.text().length()) + (a.summary() == null ? 0 : a.summary().length());
        BinaryFields.Writer out = new BinaryFields.Writer(512 + text + text / 4);
        out.putByte(VERSION).putString(a.id()).putString(a.url()).putString(a.canonicalUrl()).putString(a.source())
                .putString(a.feedUrl()).putString(a.title()).putString(a.summary()).putString(a.text())
                .putInstant(a.published()).putInstant(a.fetched()).putString(a.language()).putString(a.contentHash());
        DedupeDecision d = o.decision();
        out.putByte(d == null ? 0 : 1);
        if (d != null) {
            out.putString(d.verdict()).putString(d.duplicateOf()).putDouble(d.similarity()).putString(d.storyId());
        }
        out.putString(o.originalSource()).putInstant(o.watermark()).putString(o.late());
        return out.toByteArray();
    }

    @Override
    public DedupeOutcome deserialize(String topic, byte[] bytes) {
        if (bytes == null) return null;
        if (bytes.length > 0 && bytes[0] == BinaryFields.JSON) return json.deserialize(topic, bytes);
        if (bytes.length == 0 || bytes[0] != VERSION) {
            throw new SerializationException("not a dedupe outcome of a known version on " + topic + " ("
                    + bytes.length + " bytes)");
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes, 1, bytes.length - 1);
            Article article = new Article(BinaryReads.getString(in), BinaryReads.getString(in),
                    BinaryReads.getString(in), BinaryReads.getString(in), BinaryReads.getString(in),
                    BinaryReads.getString(in), BinaryReads.getString(in), BinaryReads.getString(in),
                    BinaryReads.getInstant(in), BinaryReads.getInstant(in), BinaryReads.getString(in),
                    BinaryReads.getString(in));
            DedupeDecision decision = in.get() == 0 ? null : new DedupeDecision(BinaryReads.getString(in),
                    BinaryReads.getString(in), Double.longBitsToDouble(in.getLong()), BinaryReads.getString(in));
            return new DedupeOutcome(article, decision, BinaryReads.getString(in), BinaryReads.getInstant(in),
                    BinaryReads.getString(in));
        } catch (BufferUnderflowException e) {
            throw new SerializationException("truncated dedupe outcome on " + topic + " (" + bytes.length + " bytes)");
        }
    }

    @Override
    public Serializer<DedupeOutcome> serializer() {
        return this;
    }

    @Override
    public Deserializer<DedupeOutcome> deserializer() {
        return this;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // nothing to configure
    }

    @Override
    public void close() {
        // stateless
    }
}
