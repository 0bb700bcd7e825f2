package org.newsagg.ingest.feeds;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The repairs made while reading one feed, each named once however often it happened, in the order first seen. */
final class RecoveryLog {

    private final Set<String> notes = new LinkedHashSet<>();

    void note(String recovery) {
        notes.add(recovery);
    }

    List<String> list() {
        return List.copyOf(notes);
    }
}
