package io.faultline.workloads.generator;

/**
 * No op from a generator starts before an absolute time: each op's time becomes at least
 * {@code startNanos}. Jepsen expresses this with an op's {@code :time}, which its interpreter waits for
 * (and, in the old generator library, {@code delay-til}). Useful to start a nemesis schedule at a set time.
 */
record DelayUntil(long startNanos, Generator gen) implements Generator {

    @Override
    public Step next(GenContext ctx) {
        Step step = gen.next(ctx);
        if (step instanceof Step.Emit emit) {
            Invocation op = emit.op().withTime(Math.max(emit.op().timeNanos(), startNanos));
            return Step.emit(op, new DelayUntil(startNanos, emit.next()));
        }
        return step;
    }

    @Override
    public Generator update(GenContext ctx, GenEvent event) {
        Generator updated = gen.update(ctx, event);
        return updated == gen ? this : new DelayUntil(startNanos, updated);
    }
}
