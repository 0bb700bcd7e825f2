package org.newsagg.ingest.poll;

import java.time.Duration;

/** A fetch that failed; the message is the one-line error shown in feed health, never a stack trace. */
final class FetchException extends Exception {

    private final Duration retryAfter;

    FetchException(String message, Duration retryAfter) {
        super(message, null, false, false);
        this.retryAfter = retryAfter;
    }

    FetchException(String message) {
        this(message, null);
    }

    /** How long the server asked us to wait (429/503 Retry-After), or null. */
    Duration retryAfter() {
        return retryAfter;
    }
}
