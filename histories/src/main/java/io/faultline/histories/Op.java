package io.faultline.histories;

import java.util.Objects;

/**
 * One line of a history: an invocation or a completion of an operation by a process.
 *
 * <p>Values are plain data: {@code null}, {@link Long}, {@link Double}, {@link String}, {@link Boolean},
 * {@link java.util.List} and {@link java.util.Map} of those. A compare-and-set carries {@code [expected, new]}.
 *
 * @param index   position in the history, from 0
 * @param time    nanoseconds since the start of the run (relative; only the order matters to checkers)
 * @param type    invoke, ok, fail or info
 * @param process the logical process (client) id; {@link #NEMESIS} for fault injection
 * @param f       the function: read, write, cas, append, add, … (nemesis ops: start-partition, kill, …)
 * @param key     the key, or {@code null} for a single-register history
 * @param value   the argument (invoke) or the observed result (completion)
 * @param node    the node the client talked to, or {@code null}
 * @param error   why a fail or info happened, or {@code null}
 */
public record Op(long index, long time, OpType type, long process, String f, Object key, Object value,
                 String node, String error) {

    /** The process id of the nemesis; written as {@code "nemesis"} by every codec. */
    public static final long NEMESIS = -1;

    /**
     * The {@code f} of the nemesis line a harness writes when faults are healed and the final reads begin. The
     * convergence check judges only reads after a history's last nemesis line: a run without faults still needs
     * this line to show that its last reads were a final-read phase and not just the reads that came last.
     */
    public static final String FINAL_READS = "final-reads";

    public Op {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(f, "f");
    }

    public static Op invoke(long process, String f, Object key, Object value) {
        return new Op(-1, -1, OpType.INVOKE, process, f, key, value, null, null);
    }

    public static Op ok(long process, String f, Object key, Object value) {
        return new Op(-1, -1, OpType.OK, process, f, key, value, null, null);
    }

    public static Op fail(long process, String f, Object key, Object value, String error) {
        return new Op(-1, -1, OpType.FAIL, process, f, key, value, null, error);
    }

    public static Op info(long process, String f, Object key, Object value, String error) {
        return new Op(-1, -1, OpType.INFO, process, f, key, value, null, error);
    }

    public boolean isNemesis() {
        return process == NEMESIS;
    }

    public Op withIndex(long newIndex) {
        return new Op(newIndex, time, type, process, f, key, value, node, error);
    }

    public Op withTime(long newTime) {
        return new Op(index, newTime, type, process, f, key, value, node, error);
    }

    public Op withIndexAndTime(long newIndex, long newTime) {
        return new Op(newIndex, newTime, type, process, f, key, value, node, error);
    }

    public Op withNode(String newNode) {
        return new Op(index, time, type, process, f, key, value, newNode, error);
    }
}
