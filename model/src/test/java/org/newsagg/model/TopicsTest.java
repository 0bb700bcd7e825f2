package org.newsagg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void everyTypedTopicCarriesTheConfiguredNameInTheOrderOfAll() {
        Topics topics = Topics.from(Settings.of(Map.of("newsagg.topic.raw", "mine.raw")));
        assertEquals(topics.all(), topics.typed().stream().map(Topic::name).toList());
        assertEquals("mine.raw", topics.rawTopic().name());
    }

    @Test
    void eachTopicHasItsShape() {
        assertEquals(List.of(Topic.Shape.RAW_INPUT, Topic.Shape.STAGE_OUTPUT, Topic.Shape.STAGE_OUTPUT,
                Topic.Shape.COMPACTED, Topic.Shape.COMPACTED_SINGLE, Topic.Shape.DEAD_LETTERS),
                Topics.DEFAULT.typed().stream().map(Topic::shape).toList());
    }

    @Test
    void aTypedTopicsSerdeReadsWhatItWrote() {
        Topic<Trending> trending = Topics.DEFAULT.trendingTopic();
        Trending value = new Trending(Trending.SCHEMA_VERSION, "actor", Instant.parse("2025-03-10T08:00:00Z"),
                Instant.parse("2025-03-10T09:00:00Z"), Instant.parse("2025-03-09T09:00:00Z"),
                List.of(new Trending.Entry(1, "USAGOV", 5, 12, 10.0)));
        byte[] bytes = trending.valueSerde().serializer().serialize(trending.name(), value);
        assertEquals(value, trending.valueSerde().deserializer().deserialize(trending.name(), bytes));
        assertEquals("k", trending.keySerde().deserializer().deserialize("t", "k".getBytes()));
    }
}
