package io.faultline.histories.codec;

import io.faultline.histories.Op;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The iterator half that every {@link OpReader} shares: one op read ahead, and the source line it started on.
 * A format supplies {@link #readNext()}.
 */
abstract class LookaheadOpReader implements OpReader {
    private final String source;
    private Op pending;
    private long pendingLine;
    private long line;

    LookaheadOpReader(String source) {
        this.source = source;
    }

    /** Reads the next op, after calling {@link #startsAt} with its line, or returns {@code null} at the end. */
    abstract Op readNext();

    /** Records the line on which the op being read starts. */
    final void startsAt(long sourceLine) {
        pendingLine = sourceLine;
    }

    final String source() {
        return source;
    }

    @Override
    public final boolean hasNext() {
        if (pending == null) {
            pending = readNext();
        }
        return pending != null;
    }

    @Override
    public final Op next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more ops in " + source);
        }
        Op op = pending;
        pending = null;
        line = pendingLine;
        return op;
    }

    @Override
    public final long line() {
        return line;
    }

    @Override
    public List<String> warnings() {
        return List.of();
    }
}
