package org.newsagg.model;

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
 */
public record TaggedArticle(
        Article article,
        String storyId,
        Syndication syndication,
        List<ActorTag> actors,
        List<EventTag> events,
        List<String> unresolved) {}
