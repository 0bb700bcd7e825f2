package org.newsagg.sink.web;

/** A request the API cannot answer as asked; its message tells the caller what to change. Answered with 400. */
public final class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message);
    }
}
