package io.faultline.workloads.generator;

import io.faultline.histories.Op;

/**
 * An invocation or completion that the interpreter tells the generator about (Jepsen's {@code update} event).
 *
 * @param worker the worker that ran the op
 * @param op     the history line, stamped with index and time
 */
public record GenEvent(int worker, Op op) {

    public boolean isCompletion() {
        return op.type().isCompletion();
    }
}
