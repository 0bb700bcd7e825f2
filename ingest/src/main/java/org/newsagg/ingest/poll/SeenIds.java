package org.newsagg.ingest.poll;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids a feed has shown recently, so a re-poll publishes only new items. Bounded: the least recently seen ids
 * are forgotten first, and an id a feed keeps showing stays remembered.
 */
final class SeenIds {

    private final Map<String, Boolean> ids;

    SeenIds(int capacity) {
        this.ids = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True when the id was not seen before; either way it is now the most recently seen. */
    boolean add(String id) {
        return ids.put(id, Boolean.TRUE) == null;
    }

    boolean contains(String id) {
        return ids.containsKey(id);
    }

    /** Every id, least recently seen first: adding them in this order to an empty set rebuilds this one. */
    List<String> inOrder() {
        return List.copyOf(ids.keySet());
    }

    int size() {
        return ids.size();
    }
}
