package org.newsagg.app.ops;

import java.util.Map;

/**
 * What one {@code dlq replay} did.
 *
 * @param replayed     letters re-published, per destination topic
 * @param filteredOut  letters passed over because their reason did not match {@code --reason}
 * @param unroutable   letters with no source topic header and no {@code --to}: left where they are
 */
public record ReplayResult(Map<String, Long> replayed, long filteredOut, long unroutable) {

    public long totalReplayed() {
        return replayed.values().stream().mapToLong(Long::longValue).sum();
    }
}
