package org.newsagg.sink.evidence;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.newsagg.model.Json;
import org.newsagg.model.JsonSerde;

/**
 * The evidence store's values: the JSON {@link JsonSerde} writes for an {@link EvidenceArticle} ({@link Json#MAPPER}:
 * fields in the record's order, ISO-8601 instants, nulls left out), byte for byte, written field by field with
 * Jackson's generator instead of the bean serializer (an entry is written per article and kept key, 2% of the
 * catch-up sink's thread: docs/benchmarks.md, issue 18, third round). {@code EvidenceArticleSerdeTest} compares both
 * writers' bytes, so the changelog of a running sink is read unchanged. Reading stays with {@link JsonSerde}.
 */
public final class EvidenceArticleSerde implements Serde<EvidenceArticle>, Serializer<EvidenceArticle> {

    private final JsonSerde<EvidenceArticle> reader = new JsonSerde<>(EvidenceArticle.class);

    @Override
    public byte[] serialize(String topic, EvidenceArticle a) {
        if (a == null) return null;
        ByteArrayBuilder out = new ByteArrayBuilder(1024);
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            write(g, a);
        } catch (IOException e) {
            throw new SerializationException("cannot write EvidenceArticle for " + topic, e);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator g, EvidenceArticle a) throws IOException {
        g.writeStartObject();
        string(g, "id", a.id());
        string(g, "title", a.title());
        string(g, "url", a.url());
        string(g, "outlet", a.outlet());
        // What the Java time module writes for an Instant with WRITE_DATES_AS_TIMESTAMPS off: its ISO-8601 text.
        if (a.published() != null) g.writeStringField("published", a.published().toString());
        if (a.events() != null) {
            g.writeArrayFieldStart("events");
            for (EventEvidence e : a.events()) {
                if (e == null) {
                    g.writeNull();
                    continue;
                }
                g.writeStartObject();
                string(g, "code", e.code());
                string(g, "sentence", e.sentence());
                string(g, "trigger", e.trigger());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) g.writeStringField(name, value);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // nothing to configure: the format is the mapper's
    }

    @Override
    public void close() {
        // stateless
    }

    @Override
    public Serializer<EvidenceArticle> serializer() {
        return this;
    }

    @Override
    public Deserializer<EvidenceArticle> deserializer() {
        return reader;
    }
}
