package io.faultline.workloads.generator;

/**
 * What a generator answers when asked for an op (Jepsen's {@code [op gen']}, {@code :pending}, {@code nil}).
 */
public sealed interface Step {

    /** Time used by {@link Pending} for "only after the next event". */
    long NEVER = Long.MAX_VALUE;

    /**
     * An op, and the generator's state once that op is taken. The interpreter takes the op only when its time
     * has come; until then it keeps the old state and asks again, so {@code next} must not be relied on
     * unless the op is taken.
     */
    record Emit(Invocation op, Generator next) implements Step {
    }

    /**
     * Nothing now; ask again after the next invocation or completion, or at {@code wakeAtNanos} at the latest
     * ({@link #NEVER} when only an event can help). The generator's state is unchanged.
     */
    record Pending(long wakeAtNanos) implements Step {
    }

    /** No more ops, ever, from this state. */
    record Exhausted() implements Step {
    }

    static Step emit(Invocation op, Generator next) {
        return new Emit(op, next);
    }

    static Step pending(long wakeAtNanos) {
        return new Pending(wakeAtNanos);
    }

    static Step pendingUntilEvent() {
        return new Pending(NEVER);
    }

    static Step exhausted() {
        return new Exhausted();
    }
}
