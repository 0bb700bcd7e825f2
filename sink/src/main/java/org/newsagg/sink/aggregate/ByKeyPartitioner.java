package org.newsagg.sink.aggregate;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Where a {@code dimension|key} lives: the {@code by-key} partition, so the task, whose stores hold its windows.
 * {@link #partitionOf} is the producer's default partitioner for a keyed record (murmur2 of the key's UTF-8 bytes),
 * which is what sent each contribution before batches, and what {@code KafkaStreams.queryMetadataForKey} computes
 * when the query API looks for the instance that holds a key ({@code InstanceDirectory}): store placement and
 * routing by key agree (ByKeyPartitionerTest).
 *
 * <p>The join groups an article's contributions by {@link #partitionOf}{@code (groupKey, partitions)} into one
 * {@link ContributionBatch} per partition, keyed by one of its group keys, and this partitioner sends the batch to
 * that key's partition. The topology fixes the {@code by-key} topic at {@code partitions} partitions, so the count
 * the join grouped by is the topic's; a topic of any other count (except the single partition of
 * {@code TopologyTestDriver}, where every batch goes to partition 0 anyway) stops the sink with this message,
 * never sends a contribution to a task that does not hold its key.
 */
public final class ByKeyPartitioner implements StreamPartitioner<String, ContributionBatch> {

    private final int partitions;

    public ByKeyPartitioner(int partitions) {
        this.partitions = partitions;
    }

    /** The partition of {@code groupKey} among {@code partitions}: the producer's default for a String key. */
    public static int partitionOf(String groupKey, int partitions) {
        return Utils.toPositive(Utils.murmur2(groupKey.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    @Override
    public Optional<Set<Integer>> partitions(String topic, String key, ContributionBatch batch, int numPartitions) {
        if (numPartitions != partitions && numPartitions != 1) {
            throw new StreamsException("topic " + topic + " has " + numPartitions + " partitions, but the sink groups "
                    + "contributions for " + partitions + " (newsagg.topics.partitions): reset the sink "
                    + "(docs/sink.md, \"State, and upgrading a running sink\")");
        }
        return Optional.of(Set.of(partitionOf(key, numPartitions)));
    }
}
