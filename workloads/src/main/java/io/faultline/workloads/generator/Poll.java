package io.faultline.workloads.generator;

import io.faultline.histories.Op;

/** What the {@link Interpreter} tells its driver to do next. */
public sealed interface Poll {

    /**
     * Start this op: send it to the client (or the nemesis, when {@code op.isNemesis()}) of {@code worker},
     * and report its completion with {@link Interpreter#complete}. The op is already stamped with its history
     * index and time; write it to the history now.
     */
    record Invoke(int worker, Op op) implements Poll {
    }

    /**
     * Nothing to start now: poll again after the next completion, or at {@code untilNanos} at the latest
     * ({@link Step#NEVER}: only a completion can help).
     */
    record Wait(long untilNanos) implements Poll {
    }

    /** The generator is exhausted and every op has completed: the run is over. */
    record Done() implements Poll {
    }
}
