package io.faultline.workloads.generator;

/**
 * Ops from a generator until {@code limitNanos} after its first op: Jepsen's {@code time-limit}. Like
 * Jepsen, the clock starts at the first op, so a time-limited phase that waits behind a barrier gets its
 * whole duration. Ops already started are not cut short; wrap with {@code phases} to wait for them.
 *
 * @param cutoffNanos the time at which ops stop, or -1 before the first op
 */
record TimeLimit(long limitNanos, long cutoffNanos, Generator gen) implements Generator {

    @Override
    public Step next(GenContext ctx) {
        if (cutoffNanos >= 0 && ctx.timeNanos() >= cutoffNanos) {
            return Step.exhausted();
        }
        Step step = gen.next(ctx);
        return switch (step) {
            case Step.Emit emit -> emitBeforeCutoff(emit);
            // Wake at the cutoff at the latest, so that the interpreter learns we are done.
            case Step.Pending pending when cutoffNanos >= 0 ->
                    Step.pending(Math.min(pending.wakeAtNanos(), cutoffNanos));
            default -> step;
        };
    }

    private Step emitBeforeCutoff(Step.Emit emit) {
        long start = emit.op().timeNanos();
        long cutoff = cutoffNanos >= 0 ? cutoffNanos : saturatedAdd(start, limitNanos);
        if (start >= cutoff) {
            return Step.exhausted();
        }
        return Step.emit(emit.op(), new TimeLimit(limitNanos, cutoff, emit.next()));
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    @Override
    public Generator update(GenContext ctx, GenEvent event) {
        Generator updated = gen.update(ctx, event);
        return updated == gen ? this : new TimeLimit(limitNanos, cutoffNanos, updated);
    }
}
