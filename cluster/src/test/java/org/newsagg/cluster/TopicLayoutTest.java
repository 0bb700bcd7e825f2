package org.newsagg.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsagg.model.Settings;

class TopicLayoutTest {

    final TopicLayout layout = TopicLayout.from(Settings.of(Map.of("newsagg.topics.partitions", "6")));

    @Test
    void taggedAndDuplicatesAreLaidOutWithTheSamePartitions() {
        Map<String, Integer> partitions = new java.util.HashMap<>();
        layout.topics().forEach(t -> partitions.put(t.name(), t.partitions()));
        assertEquals(6, partitions.get("news.tagged"));
        assertEquals(6, partitions.get("news.duplicates"));
        assertEquals(List.of(), layout.partitionProblems(partitions));
    }

    @Test
    void topicsCheckNamesTaggedAndDuplicatesWhenTheirPartitionsDiffer() {
        assertEquals(List.of("topics news.tagged and news.duplicates must have the same number of partitions, have 6 "
                + "and 3: the sink joins an article with its copies partition by partition"),
                layout.partitionProblems(Map.of("news.tagged", 6, "news.duplicates", 3)));
        assertEquals(List.of(), layout.partitionProblems(Map.of("news.tagged", 6)), "a missing topic is reported apart");
    }

    @Test
    void aRawTopicWithMorePartitionsThanTheSettingSaysIsNamedWithTheSettingToChange() {
        assertEquals(List.of("topic news.raw has 3 partitions but newsagg.topics.raw-partitions is 1: the streams stage "
                + "reads it in one dedupe task, so set newsagg.topics.raw-partitions=3"),
                layout.partitionProblems(Map.of("news.raw", 3)));
        assertEquals(List.of(), layout.partitionProblems(Map.of("news.raw", 1)));
        TopicLayout gathered = TopicLayout.from(Settings.of(Map.of("newsagg.topics.raw-partitions", "3")));
        assertEquals(List.of(), gathered.partitionProblems(Map.of("news.raw", 3)),
                "with the setting at 3 the streams stage gathers the partitions itself");
    }
}
