package io.faultline.histories.codec;

import io.faultline.histories.Op;

/**
 * Writes ops to a history sink, one complete line per op, in the order given.
 *
 * <p>A line is either entirely in the sink or not at all once {@link #flush()} returns, so a reader of a file
 * whose writer was killed sees whole ops, plus at most one truncated last line. I/O failures surface as
 * {@link java.io.UncheckedIOException}. Not thread-safe.
 */
public interface OpWriter extends AutoCloseable {

    /** Appends one op. Fields that are {@code null}, and an index or time below 0, are left out. */
    void write(Op op);

    /** Pushes every line written so far to the operating system (it survives the JVM being killed). */
    void flush();

    /** Flushes and releases the sink. */
    @Override
    void close();
}
