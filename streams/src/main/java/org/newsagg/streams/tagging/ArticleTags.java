package org.newsagg.streams.tagging;

import java.util.List;
import org.newsagg.model.ActorTag;
import org.newsagg.model.EventTag;

public record ArticleTags(List<ActorTag> actors, List<EventTag> events, List<String> unresolved) {}
