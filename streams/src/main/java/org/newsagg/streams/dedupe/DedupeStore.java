package org.newsagg.streams.dedupe;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The state the dedupe decision needs. The streams topology implements it over Kafka Streams state stores
 * ({@link TaskDedupeStore}); {@link InMemoryDedupeStore} is the one the CLI and the tests use. Both give the same
 * answers for the same calls: everything published more than the retention before the latest publication time
 * written (the store's stream time) is gone.
 *
 * <p>Every read is bounded: a lookup by key, or the newest few postings of a key. The decision's cost per article
 * must not grow with the state, or the first busy week of news would slow it down to a crawl.
 */
public interface DedupeStore {

    /** One id posted under an index key, with the publication time it was posted at. */
    record Posting(String id, long published) {}

    /** The article stored under this id, if it is still within the retention. */
    Optional<StoredArticle> get(String id);

    /** The article a posting points to, if it is still within the retention: a point lookup. */
    Optional<StoredArticle> get(Posting posting);

    /** Stores by article id, timestamped with {@code article.published()}. */
    void put(StoredArticle article);

    /** The newest {@code limit} postings under an index key, oldest first (by publication time, then posting order). */
    List<Posting> postings(String key, int limit);

    /** Adds an id under an index key, timestamped with the article's publication time. */
    void post(String key, String id, Instant published);

    /**
     * How many articles within the retention counted this term: its document frequency. Counted by day of
     * publication, so the days that straddle the retention's edge count whole.
     */
    int documentFrequency(String term);

    /** Counts one more article using this term, on its day of publication. */
    void countDocument(String term, Instant published);
}
