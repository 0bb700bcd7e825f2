package org.newsagg.streams.dedupe;

import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.newsagg.runtime.EventTimeChangelog;
import org.newsagg.runtime.StoreKind;

/**
 * The unique articles the dedupe task found late, by id at their publication time, kept as long as the articles
 * themselves: a later copy of one of them is recognised as a copy (the article is in the dedupe store) and must be
 * late too, or the sink would wait for an original that never reaches the tagged topic.
 */
public final class LateArticles {

    public static final String STORE = "dedupe-late-articles";
    private static final Integer MARK = 1;

    private final WindowStore<String, Integer> store;

    public LateArticles(WindowStore<String, Integer> store) {
        this.store = store;
    }

    public static StoreBuilder<WindowStore<String, Integer>> storeBuilder(Duration retention, StoreKind kind) {
        return Stores.windowStoreBuilder(kind.window(STORE, retention, Duration.ofMillis(1), false),
                        Serdes.String(), Serdes.Integer())
                .withLoggingEnabled(EventTimeChangelog.CONFIG);
    }

    void add(String id, long published) {
        store.put(id, MARK, published);
    }

    boolean contains(String id) {
        try (WindowStoreIterator<Integer> it = store.fetch(id, 0L, Long.MAX_VALUE)) {
            return it.hasNext();
        }
    }
}
