package org.newsagg.app.ops;

/**
 * How far one stage's consumer group is behind on one of its input topics, summed over partitions.
 *
 * @param group     the stage's application id
 * @param topic     an input topic or one of the stage's repartition topics
 * @param committed committed offsets, summed (0 for a partition the group never committed)
 * @param end       read-committed end offsets, summed
 * @param lag       records not yet consumed: sum over partitions of max(0, end - committed)
 * @param deleted   records retention deleted before the group read them: sum over the partitions it has committed of
 *                  max(0, log start - committed). Above 0, the stage has stopped or will not start until an operator
 *                  decides (docs/operations.md, "When retention overtakes a stage")
 */
public record GroupLag(String group, String topic, long committed, long end, long lag, long deleted) {}
