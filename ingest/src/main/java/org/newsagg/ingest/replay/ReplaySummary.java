package org.newsagg.ingest.replay;

import java.time.Duration;

/** What a replay did: articles handed to the sink, distinct feeds they came from, publish errors, and speed. */
public record ReplaySummary(long articles, int feeds, int errors, double articlesPerSecond, Duration elapsed) {}
