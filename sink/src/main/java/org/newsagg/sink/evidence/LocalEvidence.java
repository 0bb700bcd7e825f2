package org.newsagg.sink.evidence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.newsagg.sink.aggregate.EvidenceList;
import org.newsagg.sink.aggregate.WindowSpec;
import org.newsagg.sink.query.WindowFamilies;

/**
 * The evidence of this instance's tasks: the lists of the grains of one key that a window covers, merged, and the
 * newest articles' bodies, from the task that holds the key. The stores are looked up on every call, because Kafka
 * Streams hands out new ones after each rebalance.
 */
public final class LocalEvidence implements EvidenceReadModel {

    /**
     * The evidence stores of one by-key task. An article's body is kept once per task, with the events of that task's
     * keys only: it is read from the task whose list names it, never from another task's copy.
     *
     * @param lists    {@code dimension|key} at the grain's start → the grain's newest articles
     * @param articles article id at its publication time → its body
     */
    public record TaskStores(ReadOnlyWindowStore<String, EvidenceList> lists,
            ReadOnlyWindowStore<String, EvidenceBody> articles) {}

    private final Function<String, TaskStores> stores;
    private final WindowFamilies families;
    private final List<String> dimensions;

    /** @param stores {@code dimension|key} → the stores of the task that holds it */
    public LocalEvidence(Function<String, TaskStores> stores, List<WindowSpec> windows, List<String> dimensions) {
        this.stores = stores;
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
        TaskStores task = stores.apply(groupKey);
        List<EvidenceRef> refs = new ArrayList<>();
        try (KeyValueIterator<Windowed<String>, EvidenceList> it = task.lists().fetch(groupKey, groupKey, windowStart,
                last)) {
            it.forEachRemaining(kv -> refs.addAll(kv.value.refs()));
        }
        refs.sort(EvidenceRef.NEWEST_FIRST);
        ReadOnlyWindowStore<String, EvidenceBody> bodies = task.articles();
        List<EvidenceArticle> out = new ArrayList<>(Math.min(EvidenceEntries.LIMIT, refs.size()));
        for (EvidenceRef r : refs.subList(0, Math.min(EvidenceEntries.LIMIT, refs.size()))) {
            EvidenceBody body = bodies.fetch(r.id(), r.published().toEpochMilli());
            // None only while the sweeper deletes the grain, between its list and its bodies: it is leaving.
            if (body != null) out.add(body.under(groupKey));
        }
        return List.copyOf(out);
    }
}
