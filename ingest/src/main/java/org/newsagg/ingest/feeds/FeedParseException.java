package org.newsagg.ingest.feeds;

/**
 * A feed body that cannot be read at all. The message is one line, "location: line L, column C: cause" (the
 * position when known), and is meant to be shown to users as is, never with a stack trace.
 */
public final class FeedParseException extends Exception {

    private final String location;
    private final int line;
    private final int column;
    private final String reason;

    public FeedParseException(String location, int line, int column, String reason) {
        super(format(location, line, column, reason), null, false, false);
        this.location = location;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public FeedParseException(String location, String reason) {
        this(location, -1, -1, reason);
    }

    public String location() {
        return location;
    }

    /** 1-based line of the problem, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem, or -1 when unknown. */
    public int column() {
        return column;
    }

    /** The cause alone, without location and position. */
    public String reason() {
        return reason;
    }

    private static String format(String location, int line, int column, String reason) {
        String position = line > 0 ? "line " + line + (column > 0 ? ", column " + column : "") + ": " : "";
        return location + ": " + position + reason;
    }
}
