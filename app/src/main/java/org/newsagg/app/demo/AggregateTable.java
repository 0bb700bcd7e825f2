package org.newsagg.app.demo;

import java.io.PrintStream;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsagg.model.Aggregate;
import org.newsagg.sink.codes.CodeName;
import org.newsagg.sink.codes.Codebook;
import org.newsagg.sink.query.AggregateReadModel;

/**
 * The demo's plain-text table: the top keys of a few dimensions in the current window of one family, each code with
 * its name. With {@code 24h} that is the last 24 hours, the window the live page shows, read through the same query
 * API, so the table and the page list the same keys with the same counts.
 *
 * @param window      the family ("24h")
 * @param windowStart the current window's start; null before the first article
 * @param windowEnd   its end
 * @param top         per dimension, its keys with most articles, most first, ties by key
 */
public record AggregateTable(String window, Instant windowStart, Instant windowEnd, Map<String, List<Aggregate>> top) {

    static final String LEGEND = """
            articles   distinct articles under the key in the window (re-polls and copies never count twice)
            stories    distinct stories among them (several outlets' reports of one story are one story)
            sources    distinct outlets that carried them, copies included: a wire story reprinted by three other
                       outlets is 1 article from 4 sources, which is why sources can exceed articles
            copies     syndicated copies from other outlets: spread, counted in sources, never in articles
            events     asserted events coded under the key (negated and hypothetical ones count nowhere)
            goldstein  the events' average Goldstein score, -10 (conflict) to +10 (cooperation); 0 without events
            """;

    /** The current window of {@code window} as the sink's query API answers it (what the live page shows). */
    public static AggregateTable fromApi(AggregateReadModel model, String window, List<String> dimensions, int n) {
        Optional<Instant> start = model.latestWindowStart(window);
        Map<String, List<Aggregate>> top = new LinkedHashMap<>();
        for (String d : dimensions) top.put(d, start.isEmpty() ? List.of() : model.top(d, window, start.get(), n));
        return new AggregateTable(window, start.orElse(null),
                start.isEmpty() ? null : endOf(start.get(), top), top);
    }

    /**
     * The current window of {@code window} from the aggregates topic: the newest window of the family. A sink task
     * publishes a hopping window once its own stream time reaches it, so a key of a quiet task can be missing here
     * where the API has it (docs/sink.md); {@link #fromApi} is what the demo prints when the API is on.
     */
    public static AggregateTable fromAggregates(Collection<Aggregate> aggregates, String window, List<String> dimensions,
            int n) {
        Optional<Instant> start = aggregates.stream().filter(a -> a.window().equals(window))
                .map(Aggregate::windowStart).max(Comparator.naturalOrder());
        Map<String, List<Aggregate>> top = new LinkedHashMap<>();
        for (String d : dimensions) {
            top.put(d, aggregates.stream().filter(a -> a.window().equals(window) && a.dimension().equals(d)
                            && start.isPresent() && a.windowStart().equals(start.get()))
                    .sorted(Comparator.comparingLong(Aggregate::articles).reversed().thenComparing(Aggregate::key))
                    .limit(n).toList());
        }
        return new AggregateTable(window, start.orElse(null), start.isEmpty() ? null : endOf(start.get(), top), top);
    }

    private static Instant endOf(Instant start, Map<String, List<Aggregate>> top) {
        return top.values().stream().flatMap(List::stream).map(Aggregate::windowEnd).findFirst().orElse(null);
    }

    public void print(Codebook codes, PrintStream out) {
        out.println();
        if (windowStart == null) {
            out.println("== no " + window + " window yet ==");
            return;
        }
        out.println("== " + window + " window from " + windowStart + (windowEnd == null ? "" : " to " + windowEnd)
                + (window.equals("24h") ? " (the last 24 hours, as on the live page)" : "") + " ==");
        // Columns as wide as their longest entry, up to a bound: outlet names and dyads' names run long.
        List<Aggregate> rows = top.values().stream().flatMap(List::stream).toList();
        int keyWidth = width(rows.stream().map(Aggregate::key).toList(), "key", 36);
        int nameWidth = width(rows.stream().map(a -> nameOf(codes, a)).toList(), "name", 64);
        String text = "%-10s %-" + keyWidth + "s %-" + nameWidth + "s";
        out.printf(text + " %8s %7s %7s %6s %6s %9s%n", "dimension", "key", "name", "articles", "stories",
                "sources", "copies", "events", "goldstein");
        for (Aggregate a : rows) {
            out.printf(text + " %8d %7d %7d %6d %6d %9.1f%n", a.dimension(), cut(a.key(), keyWidth),
                    cut(nameOf(codes, a), nameWidth), a.articles(), a.stories(), a.sources(), a.syndicated(),
                    a.events(), a.goldsteinAvg());
        }
        out.println();
        out.print(LEGEND);
    }

    private static String nameOf(Codebook codes, Aggregate a) {
        CodeName n = codes.name(a.dimension(), a.key());
        return n.name() == null ? "" : n.name();
    }

    private static int width(List<String> values, String heading, int max) {
        return Math.min(max, Math.max(heading.length(), values.stream().mapToInt(String::length).max().orElse(0)));
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
