package org.newsagg.streams.tagging;

/** An event pattern matched at token {@code start} up to {@code end}, over {@code words} of its words. */
record PatternMatch(EventPattern pattern, int start, int end, int words) {}
