package io.faultline.histories.codec;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

import io.faultline.histories.HistoryException;

/**
 * Splits a character stream into lines without making a String per line: the current line is a window
 * ({@link #buffer()}, {@link #start()}, {@link #length()}) that the next call to {@link #next()} overwrites.
 *
 * <p>It also tells whether the line ended with a newline: only the last line can lack one, and a last line
 * that lacks one and does not parse is how a writer killed mid-line shows up.
 *
 * <p>A line longer than {@link #MAX_LINE_CHARS} is refused, so that one line without a newline (a binary file,
 * a corrupt history) cannot exhaust memory: the buffer grows to hold a whole line.
 */
final class LineReader implements Closeable {
    /** 16 Mi: an op's line is rarely more than a few kilobytes; Jackson refuses strings past 20 M anyway. */
    static final int MAX_LINE_CHARS = 16 << 20;
    private final Reader in;
    private final String source;
    private char[] buffer = new char[64 * 1024];
    private int limit;
    private int nextStart;
    private boolean endOfInput;
    private int start;
    private int length;
    private boolean terminated;
    private long number;

    LineReader(Reader in, String source) {
        this.in = in;
        this.source = source;
    }

    /** Moves to the next line; false at the end of the input. */
    boolean next() {
        int scanned = nextStart;
        while (true) {
            int newline = indexOfNewline(scanned);
            if (newline >= 0) {
                select(newline, true);
                nextStart = newline + 1;
                return true;
            }
            if (endOfInput) {
                return selectUnterminatedTail();
            }
            scanned = limit - nextStart;
            fill();
        }
    }

    char[] buffer() {
        return buffer;
    }

    int start() {
        return start;
    }

    int length() {
        return length;
    }

    /** False only for a last line with no newline after it. */
    boolean terminated() {
        return terminated;
    }

    /** The 1-based number of the current line. */
    long number() {
        return number;
    }

    String text() {
        return new String(buffer, start, length);
    }

    boolean isBlank() {
        for (int i = start; i < start + length; i++) {
            if (!Character.isWhitespace(buffer[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int indexOfNewline(int from) {
        for (int i = from; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private boolean selectUnterminatedTail() {
        if (nextStart >= limit) {
            return false;
        }
        select(limit, false);
        nextStart = limit;
        return true;
    }

    /** Selects the line from {@link #nextStart} to {@code end}, without the '\r' of a CRLF ending. */
    private void select(int end, boolean newline) {
        start = nextStart;
        length = end - start;
        if (length > 0 && buffer[end - 1] == '\r') {
            length--;
        }
        terminated = newline;
        number++;
    }

    /** Moves the unread tail to the front, grows the buffer when one line fills it, and reads more. */
    private void fill() {
        int tail = limit - nextStart;
        if (tail == buffer.length) {
            if (buffer.length > MAX_LINE_CHARS) {
                throw HistoryException.at(source, number + 1, "a line longer than " + MAX_LINE_CHARS
                        + " characters");
            }
            char[] bigger = new char[Math.min(buffer.length * 2, MAX_LINE_CHARS + 1)];
            System.arraycopy(buffer, nextStart, bigger, 0, tail);
            buffer = bigger;
        } else {
            System.arraycopy(buffer, nextStart, buffer, 0, tail);
        }
        nextStart = 0;
        limit = tail;
        try {
            int n = in.read(buffer, limit, buffer.length - limit);
            if (n < 0) {
                endOfInput = true;
            } else {
                limit += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
