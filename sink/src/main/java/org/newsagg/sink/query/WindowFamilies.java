package org.newsagg.sink.query;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.newsagg.sink.aggregate.WindowSpec;

/** The configured window families by name, and the current window of each. */
public record WindowFamilies(List<WindowSpec> specs) {

    public WindowSpec byName(String name) {
        for (WindowSpec w : specs) {
            if (w.name().equals(name)) return w;
        }
        throw new IllegalArgumentException("unknown window '" + name + "': one of "
                + specs.stream().map(WindowSpec::name).collect(Collectors.joining(", ")));
    }

    /** The window of {@code name} containing {@code newest} that ends soonest after it. */
    public Instant currentStart(String name, Instant newest) {
        return Instant.ofEpochMilli(byName(name).windowStartsFor(newest.toEpochMilli()).get(0));
    }
}
