package org.newsagg.model;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * One of the pipeline's topics, typed: its name, how its keys (UTF-8 strings, always) and values are written, and
 * its shape on the broker. Built by {@link Topics}, so that a topic's name, serde and layout are paired in one place;
 * Kafka Streams code builds its {@code Consumed} and {@code Produced} from it (runtime's {@code StreamsTopics}).
 *
 * @param <V> the value type
 */
public record Topic<V>(String name, Serde<V> valueSerde, Shape shape) {

    /** How a topic is laid out on the broker (partitions, cleanup); the numbers come from the topic settings. */
    public enum Shape {
        /** The raw input: {@code newsagg.topics.raw-partitions} partitions (one by default), size-bounded. */
        RAW_INPUT,
        /** Stage output read by the next stage: {@code newsagg.topics.partitions} partitions, size-bounded. */
        STAGE_OUTPUT,
        /** Newest value per key for dashboards: {@code newsagg.topics.partitions} partitions, compacted. */
        COMPACTED,
        /** Newest value per key, few keys: one partition, compacted. */
        COMPACTED_SINGLE,
        /** Records no stage could handle, kept for people: one partition, its own retention. */
        DEAD_LETTERS
    }

    public Serde<String> keySerde() {
        return Serdes.String();
    }
}
