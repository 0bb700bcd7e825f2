package org.newsagg.streams.dedupe;

import java.nio.ByteBuffer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** Big-endian longs, back to back: the day counts of {@link DayCounts} and the store's stream time. */
final class LongArraySerde implements Serde<long[]> {

    @Override
    public Serializer<long[]> serializer() {
        return (topic, values) -> {
            if (values == null) return null;
            ByteBuffer buffer = ByteBuffer.allocate(values.length * Long.BYTES);
            for (long v : values) buffer.putLong(v);
            return buffer.array();
        };
    }

    @Override
    public Deserializer<long[]> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) return null;
            if (bytes.length % Long.BYTES != 0) {
                throw new IllegalArgumentException("not a whole number of longs: " + bytes.length + " bytes");
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            long[] values = new long[bytes.length / Long.BYTES];
            for (int i = 0; i < values.length; i++) values[i] = buffer.getLong();
            return values;
        };
    }
}
