package org.newsagg.sink.evidence;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An article as the evidence store keeps it, once per by-key task: what {@code /api/evidence} shows of it under any of
 * the task's keys. The keys' lists hold only its publication time and id ({@code EvidenceList}).
 *
 * @param id          the article's id
 * @param title       headline
 * @param url         link
 * @param outlet      the outlet that published it
 * @param published   its publication time
 * @param eventsByKey for each of its event, event root, PLOVER or dyad keys ({@code dimension|key}) in the task: its
 *                    asserted events under the key, with their sentences and trigger words; other keys have none
 */
public record EvidenceBody(String id, String title, String url, String outlet, Instant published,
        Map<String, List<EventEvidence>> eventsByKey) {

    public EvidenceBody {
        eventsByKey = Collections.unmodifiableMap(new LinkedHashMap<>(eventsByKey));
    }

    /** The article as listed under {@code groupKey}: its events there, or none (null) for a key without events. */
    public EvidenceArticle under(String groupKey) {
        return new EvidenceArticle(id, title, url, outlet, published, eventsByKey.get(groupKey));
    }

    /**
     * This article sent again: its fields from {@code newer}, and each key's events from {@code newer} where it has
     * the key, else from this. An entry per key kept the events of the article's last contribution to that key; so
     * does this.
     */
    public EvidenceBody updatedBy(EvidenceBody newer) {
        Map<String, List<EventEvidence>> events = new LinkedHashMap<>(eventsByKey);
        events.putAll(newer.eventsByKey);
        return new EvidenceBody(newer.id, newer.title, newer.url, newer.outlet, newer.published, events);
    }
}
