package org.newsagg.sink.evidence;

import java.time.Instant;
import java.util.Comparator;

/**
 * An article in a key's list of evidence: enough to order it and to find its {@link EvidenceBody}.
 *
 * @param published its publication time
 * @param id        its id
 */
public record EvidenceRef(Instant published, String id) {

    /** The order {@link EvidenceArticle#NEWEST_FIRST} lists articles in: newest first, ties by id. */
    public static final Comparator<EvidenceRef> NEWEST_FIRST = Comparator.comparing(EvidenceRef::published)
            .reversed().thenComparing(EvidenceRef::id);
}
