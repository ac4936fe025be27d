package io.faultline.workloads.generator;

import java.util.OptionalLong;

/**
 * Turns an {@link OpSpec} into an invocation for a free process now (Jepsen's {@code fill-in-op}): the
 * building block of generators that make their own ops, such as the workloads' op sources.
 */
public final class Ops {
    private Ops() {
    }

    /** Emits {@code spec} for a random free target process at the current time, or waits for one. */
    public static Step fill(GenContext ctx, OpSpec spec, Generator next) {
        OptionalLong process = ctx.someFreeProcess();
        if (process.isEmpty()) {
            return Step.pendingUntilEvent();
        }
        return Step.emit(Invocation.operation(process.getAsLong(), spec, ctx.timeNanos()), next);
    }
}
