package io.faultline.workloads.generator;

import java.util.OptionalLong;

/**
 * Occupies one free target worker for a duration and writes nothing to the history: Jepsen's
 * {@code sleep}. On the nemesis ({@code onNemesis(concat(start, sleep(10s), stop))}) it spaces faults; in a
 * {@code phases} sequence it makes the next phase wait ("heal, wait, final reads").
 */
record Sleep(long durationNanos) implements Generator {

    @Override
    public Step next(GenContext ctx) {
        OptionalLong process = ctx.someFreeProcess();
        if (process.isEmpty()) {
            return Step.pendingUntilEvent();
        }
        return Step.emit(Invocation.sleep(process.getAsLong(), durationNanos, ctx.timeNanos()), Nothing.INSTANCE);
    }
}
