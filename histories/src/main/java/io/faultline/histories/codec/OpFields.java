package io.faultline.histories.codec;

import io.faultline.histories.HistoryException;
import io.faultline.histories.Op;
import io.faultline.histories.OpType;

/**
 * The fields of one op as a reader collects them, in whatever order the source lists them. Index and time
 * default to -1 (unknown; {@link io.faultline.histories.HistoryBuilder} assigns them); type, process and f are
 * required, and {@link #missing()} names the first one absent, in that order.
 */
final class OpFields {
    long index = -1;
    long time = -1;
    OpType type;
    Long process;
    String f;
    Object key;
    Object value;
    String node;
    String error;

    /** The name of the first required field that is absent, or {@code null} when all are present. */
    String missing() {
        if (type == null) {
            return "type";
        }
        if (process == null) {
            return "process";
        }
        return f == null ? "f" : null;
    }

    /** Builds the op, or fails with {@code source:line: missing field "type"}. */
    Op build(String source, long line) {
        String absent = missing();
        if (absent != null) {
            throw HistoryException.at(source, line, "missing field \"" + absent + "\"");
        }
        return toOp();
    }

    /** Builds the op; call only when {@link #missing()} is {@code null}. */
    Op toOp() {
        return new Op(index, time, type, process, f, key, value, node, error);
    }
}
