package io.faultline.runner;

import io.faultline.histories.HistoryBuilder;
import io.faultline.histories.HistoryException;
import io.faultline.histories.Op;
import io.faultline.histories.codec.Format;
import io.faultline.histories.codec.Histories;
import io.faultline.histories.codec.OpReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code history.jsonl} as a reader finds it, judged line by line: each whole line parses, validates (no
 * completion without an outstanding invocation, no process invoking twice), carries the index of its position
 * and a time no earlier than the line before. A last line without its newline is a write in progress.
 *
 * @param ops     the whole lines' ops, in file order
 * @param cut     whether a last line without its newline followed them
 * @param problem what is wrong with the file, or {@code null}
 */
record HistoryLines(List<Op> ops, boolean cut, String problem) {

    static final int LINES = 4;

    /**
     * @param finished whether the writer is done: then the file must hold all {@value #LINES} lines, and nothing
     *                 after the last newline
     */
    static HistoryLines check(String text, boolean finished) {
        int end = text.lastIndexOf('\n') + 1;
        boolean cut = end < text.length();
        List<Op> ops = new ArrayList<>();
        String problem = read(text.substring(0, end), ops);
        if (problem == null && finished && (cut || ops.size() != LINES)) {
            problem = (cut ? "a torn last line after " : "") + ops.size() + " of " + LINES + " lines";
        }
        if (problem == null && (ops.size() < 2 || ops.size() > LINES)) {
            problem = ops.size() + " lines where the two invocations were already written";
        }
        return new HistoryLines(ops, cut, problem);
    }

    /** {@code 3} or {@code 3+cut}, or the problem. */
    String description() {
        return problem != null ? problem : ops.size() + (cut ? "+cut" : "");
    }

    private static String read(String wholeLines, List<Op> ops) {
        HistoryBuilder builder = new HistoryBuilder("live");
        long time = 0;
        try (OpReader reader = Histories.open(new StringReader(wholeLines), "live", Format.JSONL)) {
            while (reader.hasNext()) {
                Op op = reader.next();
                builder.add(op, reader.line());
                if (op.index() != ops.size()) {
                    return "line " + reader.line() + " has index " + op.index();
                }
                if (op.time() < time) {
                    return "line " + reader.line() + " goes back in time";
                }
                time = op.time();
                ops.add(op);
            }
            return reader.warnings().isEmpty() ? null : reader.warnings().get(0);
        } catch (HistoryException e) {
            return e.getMessage();
        }
    }
}
