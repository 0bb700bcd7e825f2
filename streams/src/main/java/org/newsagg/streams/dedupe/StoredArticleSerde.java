package org.newsagg.streams.dedupe;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.newsagg.model.JsonSerde;
import org.newsagg.runtime.BinaryReads;

/**
 * The format of {@link StoredArticle}s in the {@value TaskDedupeStore#ARTICLES} store and its changelog: compact
 * binary instead of JSON (docs/benchmarks.md, "The streams stage's overhead"). The first byte is the format's
 * version; a value that starts with {@code '{'} is JSON, written by a stage of the earlier version, and is still
 * read, so a store or changelog written before an upgrade needs no reset. Every field comes back exactly, the
 * dates in the order they were written.
 */
public final class StoredArticleSerde implements Serde<StoredArticle>, Serializer<StoredArticle>,
        Deserializer<StoredArticle> {

    static final byte VERSION = 1;

    private final JsonSerde<StoredArticle> json = new JsonSerde<>(StoredArticle.class);

    @Override
    public byte[] serialize(String topic, StoredArticle a) {
        if (a == null) return null;
        BinaryFields.Writer out = new BinaryFields.Writer(256 + (a.sketch() == null ? 0 : 2 * a.sketch().length())
                + 16 * a.terms().size());
        out.putByte(VERSION).putString(a.id()).putString(a.source()).putInstant(a.published())
                .putString(a.contentHash()).putString(a.storyId()).putString(a.duplicateOf()).putString(a.sketch())
                .putString(a.leadSketch()).putInt(a.shingles()).putInt(a.leadShingles());
        List<String> terms = a.terms();
        out.putInt(terms == null ? -1 : terms.size());
        if (terms != null) for (String t : terms) out.putString(t);
        int[] weights = a.weights();
        out.putInt(weights == null ? -1 : weights.length);
        if (weights != null) for (int w : weights) out.putInt(w);
        out.putInt(a.dates().size());
        for (Map.Entry<String, Integer> e : a.dates().entrySet()) out.putString(e.getKey()).putInt(e.getValue());
        return out.toByteArray();
    }

    @Override
    public StoredArticle deserialize(String topic, byte[] bytes) {
        if (bytes == null) return null;
        if (bytes.length > 0 && bytes[0] == BinaryFields.JSON) return json.deserialize(topic, bytes);
        if (bytes.length == 0 || bytes[0] != VERSION) {
            throw new SerializationException("not a stored article of a known version on " + topic + " ("
                    + bytes.length + " bytes)");
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes, 1, bytes.length - 1);
            String id = BinaryReads.getString(in);
            String source = BinaryReads.getString(in);
            var published = BinaryReads.getInstant(in);
            String contentHash = BinaryReads.getString(in);
            String storyId = BinaryReads.getString(in);
            String duplicateOf = BinaryReads.getString(in);
            String sketch = BinaryReads.getString(in);
            String leadSketch = BinaryReads.getString(in);
            int shingles = in.getInt();
            int leadShingles = in.getInt();
            int n = in.getInt();
            // As JSON read them: a mutable list, a map in the order written.
            List<String> terms = n < 0 ? null : new ArrayList<>(n);
            for (int i = 0; i < n; i++) terms.add(BinaryReads.getString(in));
            int w = in.getInt();
            int[] weights = w < 0 ? null : new int[w];
            for (int i = 0; i < w; i++) weights[i] = in.getInt();
            int d = in.getInt();
            Map<String, Integer> dates = new LinkedHashMap<>(Math.max(4, d * 2));
            for (int i = 0; i < d; i++) dates.put(BinaryReads.getString(in), in.getInt());
            return new StoredArticle(id, source, published, contentHash, storyId, duplicateOf, sketch, leadSketch,
                    shingles, leadShingles, terms, weights, dates);
        } catch (BufferUnderflowException | NegativeArraySizeException e) {
            throw new SerializationException("truncated stored article on " + topic + " (" + bytes.length + " bytes)");
        }
    }

    @Override
    public Serializer<StoredArticle> serializer() {
        return this;
    }

    @Override
    public Deserializer<StoredArticle> deserializer() {
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
