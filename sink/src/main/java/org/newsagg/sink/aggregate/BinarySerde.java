package org.newsagg.sink.aggregate;

import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A serde that is its own serializer and deserializer, with a fixed format and no state: the sink's binary formats
 * of its internal topics and stores ({@link ContributionSerde}, {@link ContributionBatchSerde},
 * {@link WindowAccumulatorSerde}).
 */
abstract class BinarySerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {

    @Override
    public final Serializer<T> serializer() {
        return this;
    }

    @Override
    public final Deserializer<T> deserializer() {
        return this;
    }

    @Override
    public final void configure(Map<String, ?> configs, boolean isKey) {
        // nothing to configure: the format is fixed
    }

    @Override
    public final void close() {
        // stateless
    }
}
