package org.newsagg.app.topics;

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
        assertEquals(List.of(), layout.copartitioningProblems(partitions));
    }

    @Test
    void topicsCheckNamesTaggedAndDuplicatesWhenTheirPartitionsDiffer() {
        assertEquals(List.of("topics news.tagged and news.duplicates must have the same number of partitions, have 6 "
                + "and 3: the sink joins an article with its copies partition by partition"),
                layout.copartitioningProblems(Map.of("news.tagged", 6, "news.duplicates", 3)));
        assertEquals(List.of(), layout.copartitioningProblems(Map.of("news.tagged", 6)), "a missing topic is reported apart");
    }
}
