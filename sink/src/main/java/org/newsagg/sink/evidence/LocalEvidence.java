package org.newsagg.sink.evidence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.newsagg.sink.aggregate.WindowSpec;
import org.newsagg.sink.query.WindowFamilies;

/**
 * The evidence of this instance's tasks: the grains of one key that a window covers, merged. The store is looked
 * up on every call, because Kafka Streams hands out new ones after each rebalance.
 */
public final class LocalEvidence implements EvidenceReadModel {

    private final Supplier<? extends ReadOnlyWindowStore<String, EvidenceArticle>> store;
    private final WindowFamilies families;
    private final List<String> dimensions;

    public LocalEvidence(Supplier<? extends ReadOnlyWindowStore<String, EvidenceArticle>> store,
            List<WindowSpec> windows, List<String> dimensions) {
        this.store = store;
        this.families = new WindowFamilies(windows);
        this.dimensions = List.copyOf(dimensions);
    }

    @Override
    public boolean keeps(String dimension) {
        return dimensions.contains(dimension);
    }

    @Override
    public List<EvidenceArticle> evidence(String dimension, String key, String window, Instant windowStart) {
        WindowSpec spec = families.byName(window);
        // Grains starting inside [start, end): every window is a whole number of grains.
        Instant last = windowStart.plus(spec.size()).minus(Duration.ofMillis(1));
        String groupKey = dimension + "|" + key;
        List<EvidenceArticle> articles = new ArrayList<>();
        try (KeyValueIterator<Windowed<String>, EvidenceArticle> it = store.get().fetch(EvidenceEntries.from(groupKey),
                EvidenceEntries.to(groupKey), windowStart, last)) {
            it.forEachRemaining(kv -> articles.add(kv.value));
        }
        return EvidenceEntries.newest(articles);
    }
}
