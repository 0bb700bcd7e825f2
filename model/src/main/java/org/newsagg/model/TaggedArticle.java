package org.newsagg.model;

import java.time.Instant;
import java.util.List;

/**
 * A unique (not duplicate) article with its story and its tags: the value of the tagged topic, keyed by article id.
 *
 * @param article     the raw article
 * @param storyId     the story this article reports; articles of one story share it
 * @param syndication copies already seen when it was emitted
 * @param actors      the actors it is about, most mentioned first
 * @param events      the events it reports
 * @param unresolved  proper-noun sequences no dictionary knew, for operators to extend the dictionaries
 * @param watermark   the dedupe watermark when this article was found on time: the newest publication time the
 *                    single dedupe task had read. Every article on the tagged topic was on time by the dedupe
 *                    stage's rule (docs/architecture.md, "Event time"); the sink counts it whatever its own clocks
 *                    say, and expires its state by these stamps. Null in records written before the stamp existed:
 *                    readers take the publication time
 */
public record TaggedArticle(
        Article article,
        String storyId,
        Syndication syndication,
        List<ActorTag> actors,
        List<EventTag> events,
        List<String> unresolved,
        Instant watermark) {

    /** An article not stamped by the dedupe stage (tests, other producers, records from older versions). */
    public TaggedArticle(Article article, String storyId, Syndication syndication, List<ActorTag> actors,
            List<EventTag> events, List<String> unresolved) {
        this(article, storyId, syndication, actors, events, unresolved, null);
    }

    /** The stamp, or the publication time for an unstamped record: it was on time when it was published. */
    public Instant watermarkOrPublished() {
        return watermark != null ? watermark : article == null ? null : article.published();
    }
}
