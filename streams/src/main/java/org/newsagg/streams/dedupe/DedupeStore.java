package org.newsagg.streams.dedupe;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The state the dedupe decision needs. The streams topology implements it over Kafka Streams window stores;
 * {@link InMemoryDedupeStore} is the one the CLI and the tests use.
 */
public interface DedupeStore {

    /** The article stored under this id, if it is still within the retention. */
    Optional<StoredArticle> get(String id);

    /** Stores by article id, timestamped with {@code article.published()}. */
    void put(StoredArticle article);

    /** Ids posted under an index key, oldest first (in the order they were posted). */
    List<String> postings(String key);

    /** Adds an id under an index key, timestamped with the article's publication time. */
    void post(String key, String id, Instant published);
}
