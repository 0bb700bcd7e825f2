package org.newsagg.sink.query;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.newsagg.model.Aggregate;

/** The order of a top-N list, the same on every instance so that local lists merge into the global one. */
public final class TopRanking {

    public static final Comparator<Aggregate> ORDER =
            Comparator.comparingLong(Aggregate::articles).reversed().thenComparing(Aggregate::key);

    private TopRanking() {}

    public static List<Aggregate> best(Stream<Aggregate> candidates, int n) {
        return candidates.sorted(ORDER).limit(n).toList();
    }
}
