package io.faultline.histories.codec;

import io.faultline.histories.Op;
import java.util.Iterator;
import java.util.List;

/**
 * Streams the ops of one history source, in order, holding only a bounded number of them at a time: a
 * ten-million-op file reads in constant memory.
 *
 * <p>Ops come out as the source states them, not yet validated against the process rules; feed them to a
 * {@link io.faultline.histories.HistoryBuilder} with {@link #line()} to get a validated history whose errors name
 * lines. Index and time are {@code -1} where the source has none.
 *
 * <p>{@link #hasNext()} and {@link #next()} throw {@link io.faultline.histories.HistoryException} (one line,
 * {@code source:line: problem}) for content that cannot be read, and {@link java.io.UncheckedIOException} when
 * the source itself fails. Not thread-safe.
 */
public interface OpReader extends Iterator<Op>, AutoCloseable {

    /** The source line on which the op last returned by {@link #next()} starts; 0 before the first. */
    long line();

    /**
     * Problems the reader worked around so far, each one line naming its source line, for example
     * {@code run/history.jsonl:812: dropped a truncated last line (the writer was probably killed)}.
     */
    List<String> warnings();

    /** Releases the source. Never throws a checked exception. */
    @Override
    void close();
}
