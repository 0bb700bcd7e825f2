package org.newsagg.streams.tagging;

import java.util.List;

/**
 * One sentence as the event coder reads it: its text, tokens, their lower-case forms and lemmas, the actors named in
 * it and the bare role words ("police", "protesters") no country claims.
 */
record SentenceWords(String sentence, String[] tokens, String[] lower, String[] lemmas, List<ActorMention> mentions,
                     List<ActorMention> bareRoles) {}
