package org.newsagg.streams.dedupe;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The state the dedupe decision needs: Kafka Streams window stores in the topology, maps offline. */
public interface DedupeStore {
    Optional<StoredArticle> get(String id);

    /** By article id, timestamped with the article's publication time. */
    void put(StoredArticle article);

    /** Ids posted under an index key (content hash, LSH band, story term), oldest first. */
    List<String> postings(String key);

    void post(String key, String id, Instant published);
}
