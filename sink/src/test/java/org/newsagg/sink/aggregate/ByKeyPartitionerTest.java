package org.newsagg.sink.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.processor.internals.DefaultStreamPartitioner;
import org.junit.jupiter.api.Test;

class ByKeyPartitionerTest {

    static final List<String> KEYS = List.of("actor|USAGOV", "actor|RUSMIL", "country|USA", "country|RUS",
            "event|112", "eventRoot|11", "plover|ACCUSE", "dyad|USAGOV|11|RUSMIL", "outlet|Meridian Wire",
            "outlet|Gazette", "actor|NATO", "dyad|UKRMIL|19|RUSMIL", "actor|CODMIL", "outlet|Кyiv Post 会谈");

    @Test
    void aKeysPartitionIsTheOneTheProducerAndTheQueryApiComputeForIt() {
        // The query API finds a key's instance with KafkaStreams.queryMetadataForKey and the String serializer,
        // that is Kafka Streams' default partitioner; before batches the producer's placed each contribution.
        DefaultStreamPartitioner<String, Object> query = new DefaultStreamPartitioner<>(Serdes.String().serializer());
        for (int n = 1; n <= 6; n++) {
            for (String key : KEYS) {
                int ours = ByKeyPartitioner.partitionOf(key, n);
                assertEquals(BuiltInPartitioner.partitionForKey(key.getBytes(StandardCharsets.UTF_8), n), ours, key);
                assertEquals(Optional.of(Set.of(ours)), query.partitions("by-key", key, null, n), key);
            }
        }
    }

    @Test
    void aBatchGoesToItsKeysPartitionAndAWrongPartitionCountStopsTheSink() {
        ContributionBatch batch = ContributionBatch.of(new Contribution("actor", "USAGOV", "a1", "s1", "Ledger",
                Instant.EPOCH, false, 0, 0.0, null, null));
        ByKeyPartitioner p = new ByKeyPartitioner(3);
        assertEquals(Optional.of(Set.of(ByKeyPartitioner.partitionOf("actor|USAGOV", 3))),
                p.partitions("by-key", "actor|USAGOV", batch, 3));
        assertEquals(Optional.of(Set.of(0)), p.partitions("by-key", "actor|USAGOV", batch, 1), "the test driver's one");
        StreamsException e = assertThrows(StreamsException.class, () -> p.partitions("by-key", "actor|USAGOV", batch, 4));
        assertEquals("topic by-key has 4 partitions, but the sink groups contributions for 3 "
                + "(newsagg.topics.partitions): reset the sink (docs/sink.md, \"State, and upgrading a running sink\")",
                e.getMessage());
    }
}
