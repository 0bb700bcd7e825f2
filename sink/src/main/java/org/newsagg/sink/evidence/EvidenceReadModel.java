package org.newsagg.sink.evidence;

import java.time.Instant;
import java.util.List;

/**
 * The articles behind one count: one key's newest {@link EvidenceEntries#LIMIT} articles in one window, newest
 * first. For this instance ({@link LocalEvidence}) or the whole application ({@link RoutingEvidence}); state that
 * cannot be reached right now throws {@link org.newsagg.sink.query.QueryUnavailableException}.
 */
public interface EvidenceReadModel {

    List<EvidenceArticle> evidence(String dimension, String key, String window, Instant windowStart);

    /** Whether the keys of {@code dimension} keep their articles ({@code newsagg.sink.evidence-dimensions}). */
    boolean keeps(String dimension);
}
