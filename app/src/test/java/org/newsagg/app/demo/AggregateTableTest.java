package org.newsagg.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsagg.model.Aggregate;
import org.newsagg.sink.codes.Codebook;

class AggregateTableTest {

    static Aggregate day(String dimension, String key, String start, long articles, long sources) {
        Instant s = Instant.parse(start);
        return new Aggregate(Aggregate.SCHEMA_VERSION, dimension, key, "24h", s, s.plusSeconds(86_400), articles,
                articles, sources, sources - 1, 2, -4.0, s, s, List.of());
    }

    @Test
    void theCurrentWindowsTopKeysWithTheirNamesAndALegend() {
        List<Aggregate> all = List.of(
                day("actor", "RUSMIL", "2025-03-09T09:00:00Z", 9, 9), // an older window: not shown
                day("actor", "RUSMIL", "2025-03-09T10:00:00Z", 2, 3),
                day("actor", "CODMIL", "2025-03-09T10:00:00Z", 3, 3),
                day("dyad", "BELGOV|16|IRN", "2025-03-09T10:00:00Z", 1, 1));
        AggregateTable table = AggregateTable.fromAggregates(all, "24h", List.of("actor", "dyad"), 5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.print(Codebook.bundled(), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals("""

                == 24h window from 2025-03-09T10:00:00Z to 2025-03-10T10:00:00Z (the last 24 hours, as on the live page) ==
                dimension  key           name                                         articles stories sources copies events goldstein
                actor      CODMIL        Democratic Republic of the Congo military           3       3       3      2      2      -4.0
                actor      RUSMIL        Russia military                                     2       2       3      2      2      -4.0
                dyad       BELGOV|16|IRN Belgium government → Reduce relations → Iran        1       1       1      0      2      -4.0

                """ + AggregateTable.LEGEND, out.toString(StandardCharsets.UTF_8));
    }
}
