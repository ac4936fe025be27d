package io.faultline.histories;

/**
 * A history that cannot be read or is not well formed. The message is one line, fit for a user:
 * {@code run/history.jsonl:1234: missing field "type"}.
 */
public final class HistoryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public HistoryException(String message) {
        super(message);
    }

    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A problem at a line of a named source. */
    public static HistoryException at(String source, long line, String problem) {
        return new HistoryException(source + ":" + line + ": " + problem);
    }
}
