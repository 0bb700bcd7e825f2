package org.newsagg.streams.dedupe;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.newsagg.model.EventTimeChangelog;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.newsagg.model.JsonSerde;

/**
 * The dedupe state inside the topology: two window stores timestamped by publication time, so RocksDB drops whole
 * segments once they fall out of the retention (7 days by default) and the state stays bounded without a sweeper.
 * Both are changelogged, so a restarted or moved task resumes with the same memory.
 */
public final class WindowStoreDedupeStore implements DedupeStore {

    public static final String ARTICLES = "dedupe-articles";
    public static final String POSTINGS = "dedupe-postings";

    private final WindowStore<String, StoredArticle> articles;
    private final WindowStore<String, String> postings;

    private WindowStoreDedupeStore(WindowStore<String, StoredArticle> articles, WindowStore<String, String> postings) {
        this.articles = articles;
        this.postings = postings;
    }

    public static WindowStoreDedupeStore from(ProcessorContext<?, ?> context) {
        return new WindowStoreDedupeStore(context.getStateStore(ARTICLES), context.getStateStore(POSTINGS));
    }

    public static List<StoreBuilder<?>> storeBuilders(Duration retention) {
        // The "window size" of these stores is unused (every entry is a point in time); it must not exceed retention.
        Duration size = Duration.ofMillis(1);
        return List.of(
                Stores.windowStoreBuilder(Stores.persistentWindowStore(ARTICLES, retention, size, false),
                        Serdes.String(), new JsonSerde<>(StoredArticle.class))
                        .withLoggingEnabled(EventTimeChangelog.CONFIG),
                Stores.windowStoreBuilder(Stores.persistentWindowStore(POSTINGS, retention, size, true),
                        Serdes.String(), Serdes.String())
                        .withLoggingEnabled(EventTimeChangelog.CONFIG));
    }

    @Override
    public Optional<StoredArticle> get(String id) {
        try (WindowStoreIterator<StoredArticle> it = articles.fetch(id, 0L, Long.MAX_VALUE)) {
            return it.hasNext() ? Optional.of(it.next().value) : Optional.empty();
        }
    }

    @Override
    public void put(StoredArticle article) {
        articles.put(article.id(), article, article.published().toEpochMilli());
    }

    @Override
    public List<String> postings(String key) {
        List<String> ids = new ArrayList<>();
        try (WindowStoreIterator<String> it = postings.fetch(key, 0L, Long.MAX_VALUE)) {
            it.forEachRemaining(kv -> ids.add(kv.value));
        }
        return ids;
    }

    @Override
    public void post(String key, String id, Instant published) {
        postings.put(key, id, published.toEpochMilli());
    }
}
