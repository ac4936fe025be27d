package io.faultline.runner;

import io.faultline.histories.History;
import io.faultline.histories.HistoryBuilder;
import io.faultline.histories.Op;
import io.faultline.histories.codec.OpWriter;

/**
 * Records the history as it happens: each op goes to {@code history.jsonl} at once, as one flushed line (so a
 * run killed with {@code kill -9} leaves a readable file), and into a validated in-memory {@link History} for the
 * checkers. Times are the event loop's, never the wall clock's, so the same seed writes the same bytes.
 */
final class HistoryRecorder implements AutoCloseable {

    private final OpWriter file;
    private final RunListener listener;
    private final HistoryBuilder builder;
    private History built;

    /**
     * @param file     where lines go as they happen, or {@code null} to keep the history in memory only
     * @param listener hears each line once it is validated
     */
    HistoryRecorder(String source, OpWriter file, RunListener listener) {
        this.file = file;
        this.listener = listener;
        this.builder = new HistoryBuilder(source);
    }

    /** Writes {@code op} (already stamped with its index and time), then validates it. */
    void write(Op op) {
        if (file != null) {
            file.write(op);
        }
        builder.add(op);
        listener.recorded(op);
    }

    /** The history so far; call once the run is over. */
    History history() {
        if (built == null) {
            built = builder.build();
        }
        return built;
    }

    @Override
    public void close() {
        if (file != null) {
            file.close();
        }
    }
}
