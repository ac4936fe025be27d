package io.faultline.histories.codec;

import io.faultline.histories.HistoryException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * The characters of an EDN source, buffered, with the line and column of the next one so that every error can
 * say where it is: {@code h.edn:12:7: expected a map, got 3}.
 */
final class EdnScanner {
    static final int END = -1;
    /** 16 Mi: the most characters one top-level value (an op) may span, so that one op cannot exhaust memory. */
    static final long MAX_VALUE_CHARS = 16L << 20;
    private final Reader in;
    private final String source;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private boolean endOfInput;
    private long line = 1;
    private int column = 1;
    /** Characters already dropped from the front of the buffer: the offset of buffer[0] in the input. */
    private long dropped;
    private long valueStart = -1;
    private long valueLine;
    private int valueColumn;

    EdnScanner(Reader in, String source) {
        this.in = in;
        this.source = source;
    }

    /** The next character without consuming it, or {@link #END}. */
    int peek() {
        return position < limit || fill(1) ? buffer[position] : END;
    }

    /** The character after the next one, or {@link #END}: EDN needs two to tell {@code -1} from {@code -x}. */
    int peekSecond() {
        return position + 1 < limit || fill(2) ? buffer[position + 1] : END;
    }

    /** Consumes and returns the next character, or {@link #END}. */
    int read() {
        int c = peek();
        if (c == END) {
            return END;
        }
        position++;
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        return c;
    }

    /**
     * Consumes the characters up to the next delimiter and returns them, straight from the buffer (tokens are
     * the bulk of an EDN history, so they skip a per-character copy). Tokens never span lines.
     */
    String token() {
        int start = position;
        while (true) {
            while (position < limit && !EdnAtoms.isDelimiter(buffer[position])) {
                position++;
            }
            if (position < limit || endOfInput) {
                column += position - start;
                return new String(buffer, start, position - start);
            }
            int scanned = position - start;
            position = start;
            if (scanned == buffer.length) {
                throw error("a token longer than " + buffer.length + " characters");
            }
            fill(scanned + 1);
            start = position;
            position = start + scanned;
        }
    }

    long line() {
        return line;
    }

    /** Marks the start of a top-level value: from here, one that grows past {@link #MAX_VALUE_CHARS} is refused. */
    void startValue(long atLine, int atColumn) {
        valueStart = dropped + position;
        valueLine = atLine;
        valueColumn = atColumn;
    }

    void endValue() {
        valueStart = -1;
    }

    int column() {
        return column;
    }

    String source() {
        return source;
    }

    /** An error at the next character. */
    HistoryException error(String problem) {
        return errorAt(line, column, problem);
    }

    HistoryException errorAt(long atLine, int atColumn, String problem) {
        return new HistoryException(source + ":" + atLine + ":" + atColumn + ": " + problem);
    }

    void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keeps the unread characters, reads more after them; true once at least {@code wanted} are buffered. The
     * value bound is checked here, once a buffer, which is often enough to bound memory and costs nothing per char.
     */
    private boolean fill(int wanted) {
        if (valueStart >= 0 && dropped + position - valueStart > MAX_VALUE_CHARS) {
            throw errorAt(valueLine, valueColumn, "a value longer than " + MAX_VALUE_CHARS
                    + " characters (the limit for one op)");
        }
        while (limit - position < wanted && !endOfInput) {
            dropped += position;
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
            try {
                int n = in.read(buffer, limit, buffer.length - limit);
                endOfInput = n < 0;
                limit += Math.max(n, 0);
            } catch (IOException e) {
                throw new UncheckedIOException(source + ": " + e.getMessage(), e);
            }
        }
        return limit - position >= wanted;
    }
}
