package org.newsagg.sink.aggregate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.newsagg.model.Aggregate;
import org.newsagg.model.Json;
import org.newsagg.model.NewsSerdes;

/**
 * The aggregates topic's JSON, written field by field with Jackson's generator: the same bytes as
 * {@link NewsSerdes#aggregate()} ({@link Json#MAPPER}: fields in the record's order, ISO-8601 instants, nulls left
 * out), without the bean serializer's reflective reads and per-call lookups, which were 6% to 9% of the catch-up
 * sink's thread (docs/benchmarks.md, issue 18, third round). {@code AggregateJsonSerdeTest} compares both writers'
 * bytes. Reading stays with {@link NewsSerdes#aggregate()}.
 */
final class AggregateJsonSerde implements Serde<Aggregate>, Serializer<Aggregate> {

    private final Deserializer<Aggregate> reader = NewsSerdes.aggregate();

    @Override
    public byte[] serialize(String topic, Aggregate a) {
        if (a == null) return null;
        // Small records: a fresh builder each time is cheaper than keeping one per thread.
        ByteArrayBuilder out = new ByteArrayBuilder(512);
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            write(g, a);
        } catch (IOException e) {
            throw new SerializationException("cannot write Aggregate for topic " + topic, e);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator g, Aggregate a) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", a.schemaVersion());
        string(g, "dimension", a.dimension());
        string(g, "key", a.key());
        string(g, "window", a.window());
        instant(g, "windowStart", a.windowStart());
        instant(g, "windowEnd", a.windowEnd());
        g.writeNumberField("articles", a.articles());
        g.writeNumberField("stories", a.stories());
        g.writeNumberField("sources", a.sources());
        g.writeNumberField("syndicated", a.syndicated());
        g.writeNumberField("events", a.events());
        g.writeNumberField("goldsteinAvg", a.goldsteinAvg());
        instant(g, "firstSeen", a.firstSeen());
        instant(g, "lastSeen", a.lastSeen());
        if (a.samples() != null) {
            g.writeArrayFieldStart("samples");
            for (Aggregate.Sample s : a.samples()) {
                if (s == null) {
                    g.writeNull();
                    continue;
                }
                g.writeStartObject();
                string(g, "title", s.title());
                string(g, "url", s.url());
                string(g, "source", s.source());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) g.writeStringField(name, value);
    }

    private static void instant(JsonGenerator g, String name, Instant value) throws IOException {
        // What the Java time module writes for an Instant with WRITE_DATES_AS_TIMESTAMPS off: its ISO-8601 text.
        if (value != null) g.writeStringField(name, value.toString());
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
    public Serializer<Aggregate> serializer() {
        return this;
    }

    @Override
    public Deserializer<Aggregate> deserializer() {
        return reader;
    }
}
