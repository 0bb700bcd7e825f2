package org.newsagg.streams.tagging;

import java.util.List;

/**
 * A sentence's pattern matches and clauses, with the words in a verb's place ({@code verbal}), those where a verb
 * pattern matched ({@code verbAt}) and those where a bare role word starts ({@code roleAt}).
 */
record SentenceMatches(List<PatternMatch> matches, List<ClauseSplitter.Clause> clauses, boolean[] verbal,
                       boolean[] verbAt, boolean[] roleAt) {}
