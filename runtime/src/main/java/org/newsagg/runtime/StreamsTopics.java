package org.newsagg.runtime;

import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.newsagg.model.Topic;

/** Kafka Streams' view of a typed {@link Topic}: reading and writing it with its own serdes, under a node name. */
public final class StreamsTopics {

    private StreamsTopics() {}

    /** Reads the topic with its serdes; the caller adds extractor, reset policy and node name. */
    public static <V> Consumed<String, V> consumed(Topic<V> topic) {
        return Consumed.with(topic.keySerde(), topic.valueSerde());
    }

    /** Writes the topic with its serdes; the caller adds the node name. */
    public static <V> Produced<String, V> produced(Topic<V> topic) {
        return Produced.with(topic.keySerde(), topic.valueSerde());
    }

    /** Reads the topic; {@code name} names the source node in the topology. */
    public static <V> Consumed<String, V> consumed(Topic<V> topic, String name) {
        return Consumed.with(topic.keySerde(), topic.valueSerde()).withName(name);
    }

    /** Writes the topic; {@code name} names the sink node in the topology. */
    public static <V> Produced<String, V> produced(Topic<V> topic, String name) {
        return Produced.with(topic.keySerde(), topic.valueSerde()).withName(name);
    }
}
