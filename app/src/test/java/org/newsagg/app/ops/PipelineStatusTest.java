package org.newsagg.app.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PipelineStatusTest {

    @Test
    void rendersTopicsLagsAndDeadLettersAsAlignedTables() {
        PipelineStatus status = new PipelineStatus(
                List.of(new TopicStatus("news.raw", List.of(5L)), new TopicStatus("news.tagged", List.of(2L, 1L, 1L))),
                List.of(new GroupLag("newsagg-streams", "news.raw", 3, 5, 2, 0),
                        new GroupLag("newsagg-sink", "news.tagged", 1, 4, 3, 1)),
                new TreeMap<>(Map.of("late", 1L, "deserialization", 2L)));

        String expected = String.join(System.lineSeparator(),
                "TOPIC                    PARTITIONS   END OFFSET  PER PARTITION",
                "news.raw                          1            5  [5]",
                "news.tagged                       3            4  [2, 1, 1]",
                "",
                "GROUP             TOPIC                       COMMITTED          END        LAG DELETED UNREAD",
                "newsagg-streams   news.raw                            3            5          2              0",
                "newsagg-sink      news.tagged                         1            4          3              1",
                "",
                "DEAD LETTER REASON            COUNT",
                "deserialization                   2",
                "late                              1",
                "");
        assertEquals(expected, status.render());
    }

    @Test
    void saysNoneWhenThereAreNoDeadLettersAndSumsLagPerGroup() {
        PipelineStatus status = new PipelineStatus(List.of(),
                List.of(new GroupLag("s", "a", 1, 4, 3, 0), new GroupLag("s", "b", 0, 2, 2, 0),
                        new GroupLag("k", "c", 0, 7, 7, 0)),
                Map.of());

        assertEquals(5, status.lagOf("s"));
        assertEquals(7, status.lagOf("k"));
        assertEquals(true, status.render().endsWith("DEAD LETTER REASON            COUNT" + System.lineSeparator()
                + "(none)                            0" + System.lineSeparator()));
    }
}
