package org.newsagg.sink.evidence;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * One article behind a count, as the evidence store keeps it and the API lists it.
 *
 * @param id        the article's id
 * @param title     headline
 * @param url       link
 * @param outlet    the outlet that published it
 * @param published its publication time (the time it counts at)
 * @param events    for an event, event root, PLOVER or dyad key: the asserted events of this article under the key,
 *                  with their sentence and trigger words; null for other keys
 */
public record EvidenceArticle(String id, String title, String url, String outlet, Instant published,
        List<EventEvidence> events) {

    /** Newest first, ties by id: the same articles give the same list in any order of arrival. */
    public static final Comparator<EvidenceArticle> NEWEST_FIRST = Comparator.comparing(EvidenceArticle::published)
            .reversed().thenComparing(EvidenceArticle::id);
}
