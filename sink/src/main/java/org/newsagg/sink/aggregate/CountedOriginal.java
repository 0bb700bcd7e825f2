package org.newsagg.sink.aggregate;

import java.time.Instant;
import java.util.List;

/** What the join remembers of a counted article, so that its syndicated copies count under the same keys. */
public record CountedOriginal(String id, String storyId, String source, Instant published, List<String> groupKeys,
        String title, String url) {}
