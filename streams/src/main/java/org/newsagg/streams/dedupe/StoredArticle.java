package org.newsagg.streams.dedupe;

import java.time.Instant;

/** What the dedupe stage keeps of each unique article. */
public record StoredArticle(String id, String source, Instant published, String contentHash, String storyId) {}
