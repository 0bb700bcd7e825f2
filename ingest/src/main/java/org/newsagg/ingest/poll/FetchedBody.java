package org.newsagg.ingest.poll;

import java.time.Instant;

/**
 * A completed HTTP fetch: the body (null when the server said 304 Not Modified) and the validators to send next
 * time.
 */
record FetchedBody(byte[] body, String etag, String lastModified, String finalUrl, Instant fetched, String contentType) {

    boolean notModified() {
        return body == null;
    }
}
