package org.newsagg.streams.tagging;

import java.util.List;
import org.newsagg.model.ActorTag;
import org.newsagg.model.EventTag;

/**
 * What the tagger found in one article.
 *
 * @param actors     actors, most mentioned first, then by code
 * @param events     events in text order; only those with context "asserted" are facts
 * @param unresolved capitalised word sequences no dictionary knew, in text order, for extending the dictionaries
 */
public record ArticleTags(List<ActorTag> actors, List<EventTag> events, List<String> unresolved) {

    public ArticleTags {
        actors = List.copyOf(actors);
        events = List.copyOf(events);
        unresolved = List.copyOf(unresolved);
    }
}
