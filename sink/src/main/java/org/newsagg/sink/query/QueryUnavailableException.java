package org.newsagg.sink.query;

/** The state asked for cannot be read right now: a rebalance is moving it, or the instance holding it is down. */
public final class QueryUnavailableException extends RuntimeException {
    public QueryUnavailableException(String message) {
        super(message);
    }

    public QueryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
