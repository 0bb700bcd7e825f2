package org.newsagg.app.demo;

import java.io.PrintStream;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsagg.model.Aggregate;

/** Renders aggregates as the demo's plain-text tables: per day, the top keys of a few dimensions. */
public final class AggregateTable {

    private AggregateTable() {}

    public static void print(Collection<Aggregate> aggregates, String window, List<String> dimensions, int top,
            PrintStream out) {
        Map<String, List<Aggregate>> byStart = aggregates.stream().filter(a -> a.window().equals(window))
                .collect(Collectors.groupingBy(a -> a.windowStart().toString(), java.util.TreeMap::new,
                        Collectors.toList()));
        for (var day : byStart.entrySet()) {
            out.println();
            out.println("== " + window + " window from " + day.getKey() + " ==");
            out.printf("%-10s %-36s %8s %8s %8s %10s %7s %9s%n", "dimension", "key", "articles", "stories",
                    "sources", "syndicated", "events", "goldstein");
            for (String dimension : dimensions) {
                day.getValue().stream().filter(a -> a.dimension().equals(dimension))
                        .sorted(Comparator.comparingLong(Aggregate::articles).reversed()
                                .thenComparing(Aggregate::key))
                        .limit(top)
                        .forEach(a -> out.printf("%-10s %-36s %8d %8d %8d %10d %7d %9.1f%n", a.dimension(),
                                a.key(), a.articles(), a.stories(), a.sources(), a.syndicated(), a.events(),
                                a.goldsteinAvg()));
            }
        }
    }
}
