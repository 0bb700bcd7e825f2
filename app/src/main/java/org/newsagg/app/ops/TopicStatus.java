package org.newsagg.app.ops;

import java.util.List;

/**
 * One topic as {@code status} shows it.
 *
 * @param name       topic name
 * @param endOffsets end offset of each partition, in partition order (transaction markers included)
 */
public record TopicStatus(String name, List<Long> endOffsets) {

    public int partitions() {
        return endOffsets.size();
    }

    public long totalEndOffset() {
        return endOffsets.stream().mapToLong(Long::longValue).sum();
    }
}
